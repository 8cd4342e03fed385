import * as iso from 'dinero.js/bigint/currencies';
import { describe, expect, it } from 'vitest';
import { safeCurrency } from '../../src/index';

/** The withdrawn currencies reckon adds to dinero's table, with their exponents (before the compaction). */
const HISTORIC: Readonly<Record<string, bigint>> = {
  ATS: 2n,
  BEF: 0n,
  CYP: 2n,
  DEM: 2n,
  EEK: 2n,
  ESP: 0n,
  FIM: 2n,
  FRF: 2n,
  GRD: 0n,
  HRK: 2n,
  IEP: 2n,
  ITL: 0n,
  LTL: 2n,
  LUF: 0n,
  LVL: 2n,
  MTL: 2n,
  NLG: 2n,
  PTE: 0n,
  ROL: 2n,
  SIT: 2n,
  SKK: 2n,
  TRL: 0n,
};

/** What the currency lookup gave before its table was written compactly: dinero's, base 5 read as two places. */
function expected(code: string): { code: string; base: bigint; exponent: bigint } | undefined {
  const found = Object.hasOwn(iso, code)
    ? (iso as Record<string, iso.DineroCurrency<bigint>>)[code]
    : undefined;
  if (found) return { code, base: 10n, exponent: found.base === 10n ? (found.exponent as bigint) : 2n };
  const historic = HISTORIC[code];
  return historic === undefined ? undefined : { code, base: 10n, exponent: historic };
}

describe('safeCurrency', () => {
  describe('the compact table', () => {
    it('gives for every code AAA to ZZZ what dinero.js and the withdrawn list give', () => {
      const A = 65;
      let known = 0;
      for (let a = 0; a < 26; a++)
        for (let b = 0; b < 26; b++)
          for (let c = 0; c < 26; c++) {
            const code = String.fromCharCode(A + a, A + b, A + c);
            const want = expected(code);
            const got = safeCurrency(code);
            expect(got.success ? { ...got.output } : undefined, code).toEqual(want);
            if (!got.success) expect(got.issues[0]?.code).toBe('UNKNOWN_CURRENCY');
            if (want) known++;
          }
      expect(known).toBe(Object.keys(iso).length + Object.keys(HISTORIC).length);
    });
  });
});
