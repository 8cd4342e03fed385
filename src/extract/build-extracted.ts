import { compare } from 'dinero.js/bigint';
import { amountToMoney, makeQuantum } from '../figure/build';
import type { FigureMatch } from '../figure/grammar';
import type { Figure, FigureLanguage } from '../figure/types';
import { type Currency, knownCurrency } from '../money/currencies';
import type { Money } from '../money/money';
import { compactMoney } from './compact-money';

/** Quanta repeat ("$1m" at scale 2, a thousand times in a report): one immutable money object each. */
const QUANTA = /* @__PURE__ */ new Map<string, Map<number, Money>>();

function quantumOf(currency: Currency, qExp: number, scale: number): Money {
  let byKey = QUANTA.get(currency.code);
  if (!byKey) {
    byKey = new Map();
    QUANTA.set(currency.code, byKey);
  }
  // Small exponents and scales (every real quantum) share; others are made afresh.
  const key = qExp >= -64 && qExp <= 64 && scale <= 64 ? (qExp + 64) * 128 + scale : -1;
  const cached = key >= 0 ? byKey.get(key) : undefined;
  if (cached) return cached;
  const made = makeQuantum(currency, qExp, scale);
  if (key >= 0) byKey.set(key, made);
  return made;
}

const CURRENCIES = /* @__PURE__ */ new Map<string, Currency | undefined>();

/** {@link knownCurrency}, remembered: a text names few currencies, many times. */
function currencyOf(code: string): Currency | undefined {
  if (CURRENCIES.has(code)) return CURRENCIES.get(code);
  const found = knownCurrency(code);
  CURRENCIES.set(code, found);
  return found;
}

/**
 * Builds an extracted figure from a grammar match in one object (extraction makes millions of them):
 * `convertedFrom` and `assumedCurrency` are added by the caller when they apply. @internal
 */
export function extractedFromMatch(
  match: FigureMatch,
  text: string,
  start: number,
  end: number,
  language: FigureLanguage,
): ExtractedFigureDraft | undefined {
  const currency = currencyOf(match.low.currency);
  if (!currency) return undefined;
  const low = amountToMoney(match.low, currency, quantumOf, compactMoney);
  if (!match.high) {
    return {
      amount: low.value,
      qualifier: match.qualifier,
      quantum: low.quantum,
      text,
      start,
      end,
      language,
    };
  }
  const high = amountToMoney(match.high, currency, quantumOf, compactMoney);
  if (compare(high.value, low.value) < 0) return undefined;
  return {
    amount: low.value,
    max: high.value,
    qualifier: 'range',
    quantum: compare(high.quantum, low.quantum) < 0 ? high.quantum : low.quantum,
    text,
    start,
    end,
    language,
  };
}

/** An extracted figure while extraction may still add its link and flag. @internal */
export type ExtractedFigureDraft = Figure & {
  readonly start: number;
  readonly end: number;
  readonly language: FigureLanguage;
  convertedFrom?: number;
  assumedCurrency?: true;
};
