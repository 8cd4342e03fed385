import { describe, expect, it } from 'vitest';
import { figureFromJSON, figureToJSON, formatFigure, parseFigure } from '../../src/index';
import { expectReckonError } from '../helpers';

describe('formatFigure', () => {
  it.each([
    ['up to £11bn', 'up to £11bn', 'bis zu 11 Mrd. £'],
    ['€12.68bn', '€12.68bn', '12,68 Mrd. €'],
    ['fast 700 Millionen US-Dollar', 'almost $700m', 'fast 700 Mio. $'],
    ['£1,250,000', '£1,250,000', '1.250.000 £'],
    ['12,50 Euro', '€12.50', '12,50 €'],
    ['-$350m', '-$350m', '-350 Mio. $'],
    ['$3-4bn', 'between $3bn and $4bn', 'zwischen 3 Mrd. $ und 4 Mrd. $'],
    ['CHF 30m', 'CHF 30m', '30 Mio. CHF'],
  ])('%s → %s / %s', (text, en, de) => {
    const f = parseFigure(text);
    expect(formatFigure(f)).toBe(en);
    expect(formatFigure(f, { locale: 'de' })).toBe(de);
  });
});

describe('figureToJSON', () => {
  it('writes exact decimal strings in major units', () => {
    expect(figureToJSON(parseFigure('up to £11bn'))).toEqual({
      currency: 'GBP',
      amount: '11000000000',
      qualifier: 'upTo',
      quantum: '1000000000',
      text: 'up to £11bn',
    });
    expect(figureToJSON(parseFigure('$3-4bn')).max).toBe('4000000000');
  });
  it('keeps the position of an extracted figure', () => {
    const f = { ...parseFigure('£11bn'), start: 3, end: 8, convertedFrom: 0 };
    expect(figureToJSON(f)).toMatchObject({ start: 3, end: 8, convertedFrom: 0 });
    expect(JSON.parse(JSON.stringify(figureToJSON(f))).start).toBe(3);
  });
});

describe('figureFromJSON', () => {
  it('reads the JSON form back', () => {
    const f = parseFigure('between $1bn and $2bn');
    expect(figureToJSON(figureFromJSON(figureToJSON(f)))).toEqual(figureToJSON(f));
  });
  it('throws INVALID_FIGURE for a bad qualifier, a range without max, a zero quantum', () => {
    const base = { currency: 'EUR', amount: '1', quantum: '1' };
    expectReckonError(() => figureFromJSON({ ...base, qualifier: 'huge' as 'exact' }), 'INVALID_FIGURE');
    expectReckonError(() => figureFromJSON({ ...base, qualifier: 'range' }), 'INVALID_FIGURE');
    expectReckonError(() => figureFromJSON({ ...base, qualifier: 'exact', quantum: '0' }), 'INVALID_FIGURE');
  });
  it('throws INVALID_MONEY and UNKNOWN_CURRENCY for bad amounts and currencies', () => {
    expectReckonError(
      () => figureFromJSON({ currency: 'EUR', amount: '1e9', qualifier: 'exact', quantum: '1' }),
      'INVALID_MONEY',
    );
    expectReckonError(
      () => figureFromJSON({ currency: 'XXY', amount: '1', qualifier: 'exact', quantum: '1' }),
      'UNKNOWN_CURRENCY',
    );
  });
});
