import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureToJSON, parseFigure } from '../../src/index';
import { expectReckonError } from '../helpers';

const json = (text: string) => {
  const { text: _t, ...rest } = figureToJSON(parseFigure(text));
  return rest;
};

const UNITS = 'zero one two three four five six seven eight nine'.split(' ');
const TEENS = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = ' twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
/** English words for 1–999, as news writes them ("two hundred and fifty-one"). */
function english(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  const below =
    r < 10
      ? UNITS[r]
      : r < 20
        ? TEENS[r - 10]
        : `${TENS[Math.floor(r / 10) - 1]}${r % 10 ? `-${UNITS[r % 10]}` : ''}`;
  if (h === 0) return below ?? '';
  return r === 0 ? `${UNITS[h]} hundred` : `${UNITS[h]} hundred and ${below}`;
}

const DE_UNITS = ' ein zwei drei vier fünf sechs sieben acht neun'.split(' ');
const DE_TEENS = 'zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn'.split(' ');
const DE_TENS = ' zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig'.split(' ');
/** German words for 1–999 in one word ("zweihunderteinundfünfzig"). */
function german(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  const u = r % 10;
  const below =
    r === 0
      ? ''
      : r === 1
        ? 'eins'
        : r < 10
          ? (DE_UNITS[r] ?? '')
          : r < 20
            ? (DE_TEENS[r - 10] ?? '')
            : `${u ? `${DE_UNITS[u]}und` : ''}${DE_TENS[Math.floor(r / 10) - 1]}`;
  return `${h ? `${DE_UNITS[h]}hundert` : ''}${below}`;
}

describe('parseFigure', () => {
  describe('numbers in words of a hundred or more, without a scale word', () => {
    it.each([
      ['three thousand dollars', 'USD', '3000', '1000'],
      ['a thousand dollars', 'USD', '1000', '1000'],
      ['zwei tausend Euro', 'EUR', '2000', '1000'],
      ['zweitausend Euro', 'EUR', '2000', '1000'],
      ['tausend Euro', 'EUR', '1000', '1000'],
      ['hunderttausend Euro', 'EUR', '100000', '1000'],
      ['two hundred dollars', 'USD', '200', '100'],
      ['zweihundert Euro', 'EUR', '200', '100'],
      ['zweihundertfünfzig Euro', 'EUR', '250', '1'],
      ['two hundred and fifty pounds', 'GBP', '250', '1'],
      ['three thousand five hundred dollars', 'USD', '3500', '100'],
      ['five hundred thousand euros', 'EUR', '500000', '1000'],
      ['two hundred million dollars', 'USD', '200000000', '1000000'],
    ])('%j', (text, currency, amount, quantum) => {
      expect(json(text)).toEqual({ currency, amount, qualifier: 'exact', quantum });
    });
    it.each([
      'two dollars',
      'zwanzig Euro',
      'thousands of euros',
      'Tausende Euro',
      'hundred dollars',
      'Jahrtausend Euro',
    ])('%j → INVALID_FIGURE', (text) => {
      expectReckonError(() => parseFigure(text), 'INVALID_FIGURE');
    });
    it('reads every English number from 100 to 999,999 in words', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), (k, n) => {
          fc.pre(k * 1000 + n >= 100);
          const words =
            k === 0
              ? english(n)
              : n === 0
                ? `${english(k)} thousand`
                : `${english(k)} thousand ${english(n)}`;
          expect(json(`${words} dollars`).amount).toBe(String(k * 1000 + n));
        }),
      );
    });
    it('reads every German number from 100 to 999,999 in one word', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), (k, n) => {
          fc.pre(k * 1000 + n >= 100);
          const thousands =
            k === 0 ? '' : k === 1 ? 'eintausend' : `${german(k).replace(/eins$/, 'ein')}tausend`;
          expect(json(`${thousands}${german(n)} Euro`).amount).toBe(String(k * 1000 + n));
        }),
      );
    });
  });
});
