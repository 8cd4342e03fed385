import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFileText } from '../../scripts/build-nscale-dataset';
import { buildUkTechDatasetJSON, readSources } from '../../scripts/build-uk-tech-dataset';
import { ukTechDataset, ukTechDatasetJSON } from '../../src/datasets/uk-tech-2025-09/index';
import { figureToJSON, mentionsFromDataset, parseFigure } from '../../src/index';
import { datasetToJSON, parseDataset } from '../../src/schema/index';

const sources = readSources();

describe('ukTechDataset', () => {
  describe('the articles', () => {
    it('holds every collected article with its address, publisher, date and language', () => {
      const docs = ukTechDatasetJSON.documents;
      expect(docs.map((d) => d.id)).toEqual(sources.map((s) => s.source.id));
      expect(new Set(docs.map((d) => d.publisher)).size).toBeGreaterThanOrEqual(6);
      expect(new Set(docs.map((d) => d.language))).toEqual(new Set(['en', 'de']));
      for (const [i, d] of docs.entries()) {
        const s = sources[i]?.source;
        expect(d.url ?? null).toBe(s?.url);
        expect(d.publishedDate ?? null).toBe(s?.date);
        // A page without a date says why, and how its mentions are dated.
        if (d.publishedDate === undefined) expect(d.dateNote).toMatch(/dated 2025-09-1\d/);
        // Every passage is in the text, as collected.
        for (const p of s?.passages ?? []) expect(d.text).toContain(p);
      }
    });

    it('cites every figure at offsets that hold its quote, which parses to the figure', () => {
      const text = new Map(ukTechDatasetJSON.documents.map((d) => [d.id, d.text]));
      const languages = new Map(ukTechDatasetJSON.documents.map((d) => [d.id, d.language]));
      expect(ukTechDatasetJSON.figures).toHaveLength(83);
      for (const f of ukTechDatasetJSON.figures) {
        const { document, start, end, quote } = f.source;
        expect(text.get(document)?.slice(start, end)).toBe(quote);
        const { text: _t, ...parsed } = figureToJSON(
          parseFigure(quote, { locale: languages.get(document) ?? 'en' }),
        );
        expect({ ...parsed, text: quote }).toEqual(f.figure);
      }
    });

    it('keeps each mention’s parties, roles, kind and commitment key as collected', () => {
      const collected = sources.flatMap(({ source }) => source.mentions);
      const mentions = ukTechDatasetJSON.mentions ?? [];
      expect(mentions).toHaveLength(collected.length);
      mentions.forEach((m, i) => {
        const c = collected[i];
        expect(m.kind).toBe(c?.kind);
        expect(m.commitment).toBe(c?.commitment);
        expect(m.parties).toEqual(c?.parties.map((p) => ({ party: p.id, role: p.role })));
      });
      expect(new Set(mentions.map((m) => m.commitment)).size).toBe(20);
    });

    it('turns each convertedFrom into a conversion of the dataset', () => {
      const converts = (ukTechDatasetJSON.mentions ?? []).filter((m) => m.convertedFrom !== undefined);
      expect(ukTechDatasetJSON.conversions.map((c) => [c.from, c.to])).toEqual(
        converts.map((m) => [m.convertedFrom, m.id]),
      );
    });
  });

  describe('the parsed dataset', () => {
    const dataset = ukTechDataset();

    it('round-trips through datasetToJSON', () => {
      const json = JSON.parse(JSON.stringify(datasetToJSON(dataset)));
      expect(json).toEqual(ukTechDatasetJSON);
      expect(datasetToJSON(parseDataset(json))).toEqual(json);
    });

    it('gives reconcile 83 dated mentions with their sources', () => {
      const mentions = mentionsFromDataset(dataset);
      expect(mentions).toHaveLength(83);
      const seed = mentions.find((m) => m.id === '16-1');
      expect(seed).toMatchObject({
        date: '2025-09-18',
        commitment: 'nvidia-uk-ai-infrastructure',
        source: { publisher: 'wallstreetONLINE', quote: 'bis zu 11 Milliarden Pfund' },
      });
      // Undated pages: the day in their address, else the middle of the week.
      expect(mentions.find((m) => m.id === '01-0')?.date).toBe('2025-09-15');
      expect(mentions.find((m) => m.id === '22-0')?.date).toBe('2025-09-17');
      expect(mentionsFromDataset(dataset, { keys: false }).some((m) => m.commitment !== undefined)).toBe(
        false,
      );
    });

    it('is deeply frozen and shared', () => {
      expect(() => (dataset.mentions as unknown as unknown[]).push({})).toThrow(TypeError);
      expect(() => (ukTechDatasetJSON.figures as unknown as unknown[]).push({})).toThrow(TypeError);
      expect(ukTechDataset()).toBe(dataset);
    });
  });

  describe('the committed file', () => {
    it('is what scripts/build-uk-tech-dataset.ts builds from the sources', () => {
      const committed = readFileSync(
        new URL('../../src/datasets/uk-tech-2025-09/uk-tech-2025-09.json', import.meta.url),
        'utf8',
      );
      expect(JSON.parse(committed)).toEqual(JSON.parse(datasetFileText(buildUkTechDatasetJSON(sources))));
    });
  });
});

describe('mentionsFromDataset', () => {
  describe('bad input', () => {
    it.each([
      ['not a dataset', null, {}, 'dataset'],
      ['documents missing', { mentions: [] }, {}, 'dataset.documents'],
      ['keys not a boolean', { documents: [] }, { keys: 'no' }, 'options.keys'],
      ['a mention not an object', { documents: [], mentions: [1] }, {}, 'dataset.mentions[0]'],
      [
        'an unknown document',
        { documents: [], mentions: [{ id: 'a', source: { document: 'x' } }] },
        {},
        'dataset.mentions[0].source.document',
      ],
      [
        'no date anywhere',
        { documents: [{ id: 'x' }], mentions: [{ id: 'a', source: { document: 'x' } }] },
        {},
        'dataset.mentions[0].date',
      ],
    ])('throws INVALID_ARGUMENT naming the path: %s', (_name, dataset, options, path) => {
      expect(() => mentionsFromDataset(dataset as never, options as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', details: expect.objectContaining({ path }) }),
      );
    });
  });
});
