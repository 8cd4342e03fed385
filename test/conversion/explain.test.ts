import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CheckConversionOptions,
  type ConversionSnapshot,
  checkConversion,
  explainVerdict,
  parseFigure,
  ratesFromEcbCsv,
} from '../../src/index';
import { EDGE_CSV, HIST_CSV } from '../rates/fixtures';

const small = ratesFromEcbCsv(HIST_CSV);
const edge = ratesFromEcbCsv(EDGE_CSV);
const nscale: ConversionSnapshot = {
  from: parseFigure('£11bn'),
  to: parseFigure('€12.68bn'),
  eventDate: '2025-09-16',
  publishedDate: '2025-09-18',
};
/** The explanation in English and German. */
function explain(snapshot: ConversionSnapshot, rates = small, options: CheckConversionOptions = {}) {
  const v = checkConversion(snapshot, rates, options);
  return [explainVerdict(v), explainVerdict(v, { language: 'de' })];
}
const to = (text: string) => ({ ...nscale, to: parseFigure(text) });

describe('explainVerdict', () => {
  describe('consistent', () => {
    it('reads the worked example exactly as the README and docs print it', () => {
      expect(explain(nscale)).toEqual([
        '€12.68bn is £11bn at the ECB reference rate of 17 Sep 2025 (0.8675 GBP per EUR), within 0.1 bp.',
        'Die Umrechnung von 11 Mrd. £ in 12,68 Mrd. € stimmt mit dem Referenzkurs vom 17. Sept. 2025 überein (0,8675 GBP je EUR, Quelle: ECB), Abweichung 0,1 bp.',
      ]);
    });
    it('is what docs/conversions.md and the README print', () => {
      const [en, de] = explain(nscale);
      const docs = readFileSync(new URL('../../docs/conversions.md', import.meta.url), 'utf8');
      // The docs' blocks print these (test/docs/code-blocks.test.ts runs them and compares).
      expect(docs).toContain(`// → ${en}`);
      expect(docs).toContain(`// → ${de}`);
      expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain(`// → ${en}`);
    });
    it('inside the digits’ range but further than τ from the point value, says so (G14: "£22bn" for $30bn)', () => {
      // 30 × 0.74199 = £22.26bn: inside [£21.5bn, £22.5bn], 116.7 bp from £22bn, where τ(GBP/USD) is 67 bp.
      const rate = { base: 'USD', quote: 'GBP', value: '0.74199', date: '2025-09-19', source: 'ECB' };
      const snapshot = { from: parseFigure('$30bn'), to: parseFigure('£22bn'), publishedDate: '2025-09-19' };
      const v = checkConversion(snapshot, [rate]);
      expect([v.status, v.toleranceBps, Math.abs(v.best?.deviationBps ?? 0) > v.toleranceBps]).toEqual([
        'consistent',
        67,
        true,
      ]);
      const [en, de] = [explainVerdict(v), explainVerdict(v, { language: 'de' })];
      expect(en).toContain(
        'within the range its digits allow (between £21.5bn and £22.5bn); 116.7 bp from the point value.',
      );
      expect(de).toContain('116,7 bp vom genannten Wert');
      expect(en).not.toMatch(/within 116/);
    });
    it('defaults to English', () => {
      const v = checkConversion(nscale, small);
      expect(explainVerdict(v)).toBe(explainVerdict(v, { language: 'en' }));
    });
  });

  describe('withinTolerance', () => {
    it('gives the gap and the tolerance', () => {
      expect(explain(to('€12.72bn'))).toEqual([
        "€12.72bn matches £11bn at the ECB reference rate of 15 Sep 2025 (0.8641 GBP per EUR) to within 3.9 bp, inside the 44 bp tolerance for one day's move.",
        'Die Umrechnung von 11 Mrd. £ in 12,72 Mrd. € liegt 3,9 bp neben dem Referenzkurs vom 15. Sept. 2025 (0,8641 GBP je EUR, Quelle: ECB), innerhalb der Toleranz von 44 bp für die Bewegung eines Tages.',
      ]);
    });
  });

  describe('indeterminate: tooCoarse', () => {
    it('says the digits cannot tell, and where the closest fix lies', () => {
      expect(explain(to('€13bn'))).toEqual([
        '€13bn is too coarse to check £11bn: its rounding alone allows more than 250 bp either way. The closest reference rate, 0.8641 GBP per EUR on 15 Sep 2025 (ECB), lies in that range.',
        'Die Angabe 13 Mrd. € ist zu grob gerundet, um die Umrechnung von 11 Mrd. £ in 13 Mrd. € zu prüfen: schon ihre Rundung erlaubt mehr als 250 bp nach oben und unten. Der nächstgelegene Referenzkurs, 0,8641 GBP je EUR am 15. Sept. 2025 (Quelle: ECB), liegt in diesem Bereich.',
      ]);
      const [en, de] = explain(to('€12.75bn'), small, { maxResolutionBps: 1 });
      expect(en).toContain('is 11.8 bp outside it.');
      expect(de).toContain('liegt 11,8 bp daneben.');
    });
  });

  describe('indeterminate: noReferenceRate', () => {
    const million = { from: parseFigure('€1bn'), to: parseFigure('$881.3m') };
    it('the rates given have no fix for the pair at all', () => {
      expect(explain({ ...nscale, from: parseFigure('CHF 1m'), to: parseFigure('€1.07m') })).toEqual([
        'The rates given have no fix for CHF/EUR at all, so €1.07m for CHF 1m cannot be checked.',
        'Die angegebenen Kurse enthalten keinen Kurs für CHF/EUR; die Umrechnung von 1 Mio. CHF in 1,07 Mio. € lässt sich daher nicht prüfen.',
      ]);
    });
    it('the rates given end before the window', () => {
      expect(explain(nscale, small, { window: { from: '2025-09-22', to: '2025-09-23' } })).toEqual([
        'The rates given for GBP/EUR end on 19 Sep 2025: they have no fix from 22 Sep 2025 to 23 Sep 2025, so €12.68bn for £11bn cannot be checked.',
        'Die angegebenen Kurse für GBP/EUR enden am 19. Sept. 2025, sie enthalten keinen Kurs vom 22. Sept. 2025 bis zum 23. Sept. 2025; die Umrechnung von 11 Mrd. £ in 12,68 Mrd. € lässt sich daher nicht prüfen.',
      ]);
    });
    it('the rates given start after the window (a weekend, but not the cause)', () => {
      expect(explain(nscale, small, { window: { from: '2025-09-13', to: '2025-09-14' } })).toEqual([
        'The rates given for GBP/EUR start on 15 Sep 2025: they have no fix from 13 Sep 2025 to 14 Sep 2025, so €12.68bn for £11bn cannot be checked.',
        'Die angegebenen Kurse für GBP/EUR beginnen am 15. Sept. 2025, sie enthalten keinen Kurs vom 13. Sept. 2025 bis zum 14. Sept. 2025; die Umrechnung von 11 Mrd. £ in 12,68 Mrd. € lässt sich daher nicht prüfen.',
      ]);
    });
    it('blames weekends and holidays only when the window holds nothing else', () => {
      expect(explain(million, edge, { window: { from: '2001-12-29', to: '2001-12-30' } })).toEqual([
        'There is no reference rate for EUR/USD from 29 Dec 2001 to 30 Dec 2001: none is fixed on weekends and TARGET holidays, so $881.3m for €1bn cannot be checked.',
        'Vom 29. Dez. 2001 bis zum 30. Dez. 2001 gibt es keinen Referenzkurs für EUR/USD, da an Wochenenden und TARGET-Feiertagen keiner festgestellt wird; die Umrechnung von 1 Mrd. € in 881,3 Mio. $ lässt sich daher nicht prüfen.',
      ]);
      expect(explain(million, edge, { window: { from: '2001-12-25', to: '2001-12-26' } })[0]).toContain(
        'none is fixed on weekends and TARGET holidays',
      );
      expect(explain(million, edge, { window: { from: '2001-12-25', to: '2001-12-25' } })[1]).toMatch(
        /^Am 25\. Dez\. 2001 gibt es keinen Referenzkurs für EUR\/USD, da/,
      );
    });
    it('a business day without a fix in the rates given: no blame on the calendar', () => {
      expect(explain(million, edge, { window: { from: '2001-12-29', to: '2001-12-31' } })).toEqual([
        'The rates given have no fix for EUR/USD from 29 Dec 2001 to 31 Dec 2001, so $881.3m for €1bn cannot be checked.',
        'Die angegebenen Kurse enthalten vom 29. Dez. 2001 bis zum 31. Dez. 2001 keinen Kurs für EUR/USD; die Umrechnung von 1 Mrd. € in 881,3 Mio. $ lässt sich daher nicht prüfen.',
      ]);
      expect(explain(million, edge, { window: { from: '2001-12-31', to: '2001-12-31' } })[0]).toBe(
        'The rates given have no fix for EUR/USD on 31 Dec 2001, so $881.3m for €1bn cannot be checked.',
      );
    });
  });

  describe('inconsistent', () => {
    it('gives the closest fix and the gap from the interval', () => {
      expect(explain(to('€14bn'))).toEqual([
        '€14bn is not £11bn at any reference rate from 15 Sep 2025 to 18 Sep 2025: the closest, 0.8641 GBP per EUR on 15 Sep 2025 (ECB), misses the range the written digits allow by 604.9 bp (tolerance 44 bp).',
        'Die Umrechnung von 11 Mrd. £ in 14 Mrd. € passt zu keinem Referenzkurs vom 15. Sept. 2025 bis zum 18. Sept. 2025: der nächstgelegene, 0,8641 GBP je EUR am 15. Sept. 2025 (Quelle: ECB), verfehlt den Bereich, den die geschriebenen Ziffern erlauben, um 604,9 bp (Toleranz 44 bp).',
      ]);
    });
    it('adds one sentence per reason', () => {
      const [en, de] = explain(to('€9.54bn'));
      expect(en).toMatch(/\(tolerance 44 bp\)\. The rate looks inverted \(1\/r was used\)\.$/);
      expect(de).toMatch(/\(Toleranz 44 bp\)\. Der Kurs scheint vertauscht \(1\/r statt r\)\.$/);
      const [enScale, deScale] = explain(to('€13m'));
      expect(enScale).toMatch(
        /The amounts look off by a factor of a thousand, a million or a billion \(a unit slip\)\.$/,
      );
      expect(deScale).toMatch(
        /Die Beträge scheinen um den Faktor Tausend, Million oder Milliarde verschoben \(eine verwechselte Einheit\)\.$/,
      );
      const [enOut, deOut] = explain(
        { ...to('€12.73bn'), eventDate: '2025-09-19', publishedDate: '2025-09-19' },
        small,
        { toleranceBps: 5 },
      );
      expect(enOut).toMatch(/ The fix of 15 Sep 2025 \(0\.8641 GBP per EUR\) would match\.$/);
      expect(deOut).toMatch(/ Der Referenzkurs vom 15\. Sept\. 2025 \(0,8641 GBP je EUR\) würde passen\.$/);
    });
  });

  describe('where the rates end', () => {
    it('says so when the rates given end before the window does', () => {
      const [en, de] = explain({ ...nscale, eventDate: '2025-09-24', publishedDate: '2025-09-25' });
      expect(en).toMatch(/ The rates given for GBP\/EUR end on 19 Sep 2025; a later fix may be missing\.$/);
      expect(de).toMatch(
        / Die angegebenen Kurse für GBP\/EUR enden am 19\. Sept\. 2025; ein späterer Kurs kann fehlen\.$/,
      );
      expect(explain(nscale)[0]).not.toContain('end on');
    });
  });
});
