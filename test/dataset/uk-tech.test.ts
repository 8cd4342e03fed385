import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ukTechDataset, ukTechDatasetJSON } from '../../src/datasets/uk-tech-2025-09/index';
import { figureToJSON, mentionsFromDataset, parseFigure } from '../../src/index';
import { datasetToJSON, parseDataset } from '../../src/schema/index';

/** What this test reads of a collected source file (src/datasets/uk-tech-2025-09/sources/README.md). */
interface Source {
  readonly id: string;
  readonly url: string | null;
  readonly date: string | null;
  readonly passages: readonly string[];
  readonly mentions: readonly {
    readonly kind: string;
    readonly commitment?: string;
    readonly parties: readonly { readonly id: string; readonly role: string }[];
  }[];
}

/** The collected sources in file-name order, as the builder reads them (read here: no script import). */
function readSources(): { source: Source }[] {
  const dir = new URL('../../src/datasets/uk-tech-2025-09/sources/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ source: JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Source }));
}

const sources = readSources();
const root = fileURLToPath(new URL('../..', import.meta.url));

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
          parseFigure(quote, { language: languages.get(document) ?? 'en' }),
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
    it('is what scripts/build-uk-tech-dataset.ts builds from the sources (its --check)', () => {
      // A subprocess: test/ and scripts/ do not import each other.
      const r = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/build-uk-tech-dataset.ts', '--check'],
        { cwd: root, encoding: 'utf8' },
      );
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('is up to date');
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
