import { describe, expect, it } from 'vitest';
import { figureToJSON, parseFigure } from '../../src/index';
import { figureSchema } from '../../src/schema/index';

describe('figureSchema', () => {
  it('reads figureToJSON output back to the same figure', () => {
    for (const text of ['up to £11bn', '$3-4bn', '12,50 Euro', '-$350m']) {
      const json = figureToJSON(parseFigure(text));
      const r = figureSchema.safeParse(JSON.parse(JSON.stringify(json)));
      expect(r.success).toBe(true);
      if (r.success) expect(figureToJSON(r.data)).toEqual(json);
    }
  });
  it.each([
    [{ currency: 'EURO', amount: '1', qualifier: 'exact', quantum: '1' }, 'currency'],
    [{ currency: 'XYZ', amount: '1', qualifier: 'exact', quantum: '1' }, 'currency'],
    [{ currency: 'EUR', amount: '1e9', qualifier: 'exact', quantum: '1' }, 'amount'],
    [{ currency: 'EUR', amount: 1, qualifier: 'exact', quantum: '1' }, 'amount'],
    [{ currency: 'EUR', amount: '1', qualifier: 'lots', quantum: '1' }, 'qualifier'],
    [{ currency: 'EUR', amount: '1', qualifier: 'exact', quantum: '0' }, 'quantum'],
    [{ currency: 'EUR', amount: '1', qualifier: 'range', quantum: '1' }, 'max'],
    [{ currency: 'EUR', amount: '1', max: '2', qualifier: 'exact', quantum: '1' }, 'max'],
    [{ currency: 'EUR', amount: '5', max: '2', qualifier: 'range', quantum: '1' }, 'max'],
  ])('rejects %j at path %s', (input, path) => {
    const r = figureSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
