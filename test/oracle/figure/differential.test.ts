/**
 * figureBounds, figureAllows and parseFigure (imported from src/index, the public API; the reference
 * shares no code with src/) against an independent reference written from DESIGN.md and
 * docs/figures.md (oracle.ts, phrases.ts): thousands of generated figures (every qualifier, ranges,
 * negative amounts, quanta from 10^-4 to 10^12, JPY/EUR/USD/GBP/CHF/KWD/BHD, both views, bands given and
 * not), formatFigure → parseFigure round trips in both languages, and hand-assembled English and German
 * phrases. The walk is deterministic (fixed seeds, walk.ts). Disagreements known today are listed in
 * known-disagreements.ts with the docs sentence each hinges on; the test asserts that list exactly.
 */
import { describe, expect, it } from 'vitest';
import { figureToJSON, parseFigure } from '../../../src/index';
import { compareAllows, compareBounds, comparePhrase, QUALIFIERS, realBounds, showBounds } from './harness';
import { KNOWN_DISAGREEMENTS } from './known-disagreements';
import { oracleBounds } from './oracle';
import { meaning, type PhraseParts, parts, QUALIFIER_WORDS, render } from './phrases';
import { walk } from './walk';

const result = walk();

describe('figureBounds, figureAllows and parseFigure', () => {
  describe('against the reference (oracle.ts, phrases.ts)', () => {
    it('finds exactly the listed disagreement families on the walk', () => {
      const listed = Object.values(KNOWN_DISAGREEMENTS).flatMap((k) => k.families);
      const report = [...result.families]
        .filter(([family]) => !listed.includes(family))
        .map(
          ([family, { shortest }]) =>
            `${family}\n  ${shortest.repro}\n  real ${shortest.real}\n  oracle ${shortest.oracle}`,
        );
      expect(report, 'families the walk finds that known-disagreements.ts does not list').toEqual([]);
      expect(
        listed.filter((family) => !result.families.has(family)),
        'listed families the walk no longer finds (fixed? remove them)',
      ).toEqual([]);
    });

    it.each(Object.entries(KNOWN_DISAGREEMENTS))('reproduces %s with its recorded answers', (_, known) => {
      const { repro } = known;
      if (repro.kind === 'bounds') {
        const c = { figure: repro.figure, options: repro.options };
        expect(showBounds(realBounds(c))).toBe(repro.real);
        expect(showBounds(oracleBounds(c.figure, c.options))).toBe(repro.oracle);
        const diffs = compareBounds(c);
        expect(diffs).toHaveLength(1);
        expect(known.families).toContain(diffs[0]?.family);
      } else {
        expect(render(repro.parts)).toBe(repro.text);
        const diffs = comparePhrase(repro.parts, repro.withLanguage ?? true);
        expect(diffs[0]?.real).toBe(repro.real);
        for (const d of diffs) expect(known.families).toContain(d.family);
      }
    });

    it('exercises every qualifier, view, sign, currency, qualifier word, minus and kind of phrase', () => {
      const want = [
        ...['nominal', 'rounding'].flatMap((view) =>
          QUALIFIERS.flatMap((q) => [
            `bounds ${view} ${q} +`,
            ...(q === 'range' ? [] : [`bounds ${view} ${q} -`]),
          ]),
        ),
        ...['JPY', 'EUR', 'USD', 'GBP', 'CHF', 'KWD', 'BHD'],
        ...(['en', 'de'] as const).flatMap((l) => [
          ...QUALIFIERS.map((q) => `roundtrip ${l} ${q}`),
          `phrase ${l} range`,
          ...QUALIFIER_WORDS[l].map((w) => `phrase ${l} ${w.word}`),
          `phrase ${l} no figure`,
          `phrase ${l} scale none name`,
          `phrase ${l} scale word name spelled`,
        ]),
        'phrase en scale glued sign',
        'phrase en scale none code',
        ...['-', '–', 'after the sign'].map((m) => `phrase minus ${m} sign`),
        'phrase minus - name',
        'phrase minus after the sign code',
        'phrase de scale word sign spelled',
        'phrase en scale none hundredths p',
        'phrase en scale none hundredths ¢',
        'phrase en scale none hundredths pence',
        'phrase de scale none hundredths Cent',
        ...['NZD', 'AUD', 'ambiguous'].map((d) => `phrase dollar ${d}`),
      ];
      expect(want.filter((k) => !result.covered.has(k))).toEqual([]);
    });
  });

  describe('the phrases of the brief', () => {
    const examples: readonly [string, PhraseParts][] = [
      ['up to £11bn', parts('en', 'up to', 'bn', '£', '11')],
      ['rund 12,68 Mrd. Euro', parts('de', 'rund', 'Mrd.', 'Euro', '12,68')],
      ['fast 700 Millionen US-Dollar', parts('de', 'fast', 'Millionen', 'US-Dollar', '700')],
      ['more than $10bn', parts('en', 'more than', 'bn', '$', '10')],
      ['between $1bn and $2bn', parts('en', '', 'bn', '$', '1', { max: '2', form: 'between' })],
      ['$3-4bn', parts('en', '', 'bn', '$', '3', { max: '4', form: 'hyphen' })],
      ['knapp 5 Mio. €', parts('de', 'knapp', 'Mio.', '€', '5')],
      ['gut 2 Milliarden Euro', parts('de', 'gut', 'Milliarden', 'Euro', '2')],
    ];
    it.each(examples)('reads %s as its parts say, with or without a language', (text, p) => {
      expect(render(p)).toBe(text);
      expect(comparePhrase(p, true)).toEqual([]);
      expect(comparePhrase(p, false)).toEqual([]);
    });
    it.each(examples)('gives %s the reference bounds in both views, and allows what they hold', (text, p) => {
      for (const view of ['nominal', 'rounding'] as const) {
        const parsed = { figure: figureToJSON(parseFigure(text)), options: { view } };
        expect(showBounds(realBounds(parsed))).toBe(showBounds(oracleBounds(meaning(p), { view })));
        expect(compareAllows(parsed)).toEqual([]);
      }
    });
  });

  describe('the reference itself', () => {
    it.each([
      ['£11bn', 'rounding', '[10500000000, 11500000000]'],
      ['€12.68bn', 'rounding', '[12675000000, 12685000000]'],
      ['up to £11bn', 'rounding', '[0, 11500000000]'],
      ['fast 700 Millionen US-Dollar', 'nominal', '[630000000, 700000000)'],
      ['more than $10bn', 'nominal', '(10000000000, ∞)'],
      ['up to -£40m', 'nominal', '[-40000000, 0]'],
    ] as const)('reads the docs example %s (%s) as the docs do', (text, view, want) => {
      expect(showBounds(oracleBounds(parseFigureShape(text), { view }))).toBe(want);
    });
  });
});

/** The docs examples as the reference reads them: through the phrase parts, not through src/. */
function parseFigureShape(text: string) {
  const table: Record<string, PhraseParts> = {
    '£11bn': parts('en', '', 'bn', '£', '11'),
    '€12.68bn': parts('en', '', 'bn', '€', '12.68'),
    'up to £11bn': parts('en', 'up to', 'bn', '£', '11'),
    'fast 700 Millionen US-Dollar': parts('de', 'fast', 'Millionen', 'US-Dollar', '700'),
    'more than $10bn': parts('en', 'more than', 'bn', '$', '10'),
    'up to -£40m': parts('en', 'up to', 'm', '£', '-40'),
  };
  const p = table[text];
  if (!p) throw new Error(`no parts for ${text}`);
  expect(render(p)).toBe(text);
  return meaning(p);
}
