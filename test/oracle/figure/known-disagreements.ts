/**
 * The disagreements between src/ and the reference (oracle.ts, phrases.ts) that the walk of walk.ts
 * finds today, one entry per cause: the families it covers (walk.ts's keys), the docs sentence it
 * hinges on, and a minimal repro with both answers. differential.test.ts fails for a family not listed
 * here, for a listed family the walk no longer finds, and for a repro whose answers changed — so the
 * list only shrinks as src/ (or a docs rule) is fixed. `npx tsx test/oracle/figure/walk.ts` prints
 * every family with its count and shortest case.
 */
import type { FigureShape, OracleOptions } from './oracle';
import type { PhraseParts } from './phrases';
import { parts } from './phrases';

export type Repro =
  | {
      readonly kind: 'bounds';
      readonly figure: FigureShape;
      readonly options: OracleOptions;
      readonly real: string;
      readonly oracle: string;
    }
  | { readonly kind: 'phrase'; readonly parts: PhraseParts; readonly text: string; readonly real: string };

export interface KnownDisagreement {
  /** `bug`: the docs say one thing and src/ does another; `open`: the docs do not decide. */
  readonly verdict: 'bug' | 'open';
  readonly summary: string;
  /** The docs sentence the disagreement hinges on, with where it stands. */
  readonly hinges: string;
  readonly families: readonly string[];
  readonly repro: Repro;
}

const usd = (amount: string, qualifier: string): FigureShape => ({
  currency: 'USD',
  amount,
  qualifier,
  quantum: '1000000',
});

export const KNOWN_DISAGREEMENTS: Readonly<Record<string, KnownDisagreement>> = {
  'band-one': {
    verdict: 'bug',
    summary:
      'A band written "1" (no decimal point) is read as 0: "nearly $100m" with almostBand "1" is the empty ' +
      '[$100m, $100m), "about $100m" with aboutBand "1" is [$100m, $100m]; "1.0" gives [0, $100m) and ' +
      '[0, $200m] as "1" should. Every qualifier and view that reads a band, either sign.',
    hinges:
      'FigureBoundsOptions (TSDoc, docs/api): INVALID_ARGUMENT only when "a band is not a string holding a ' +
      'fraction between 0 and 1" — "1" is accepted, so it must mean the whole amount; docs/figures.md: ' +
      '"[0.9·v, v) (option `almostBand`, default "0.1")".',
    families: [
      'bounds nominal about negative aboutBand=1',
      'bounds nominal about positive aboutBand=1',
      'bounds nominal almost negative almostBand=1',
      'bounds nominal almost positive almostBand=1',
      'bounds rounding about negative aboutBand=1',
      'bounds rounding about positive aboutBand=1',
      'bounds rounding almost negative almostBand=1',
      'bounds rounding almost positive almostBand=1',
    ],
    repro: {
      kind: 'bounds',
      figure: usd('100000000', 'almost'),
      options: { view: 'nominal', almostBand: '1' },
      real: '[100000000, 100000000)',
      oracle: '[0, 100000000)',
    },
  },
  'range-bare-low-end': {
    verdict: 'bug',
    summary:
      'A range with the currency after it whose low end is one digit and high end three ("1 bis 100 Mio. €", ' +
      '"zwischen 1 und 100 Mio. €", "1-100 million euros", "9,99 bis 100 Mio. €") is INVALID_FIGURE ("no ' +
      'currency" / "not a range in one currency"); "1 bis 99 Mio. €", "10 bis 100 Mio. €", "$1-100bn" and ' +
      '"£1m to £100m" parse. Possibly a deliberate guard against "1 to 100 million" meaning 1 (unit); if so ' +
      'the docs do not say it.',
    hinges:
      'docs/figures.md, "What parseFigure reads": "ranges sharing scale and currency: "$3-4bn", "$4bn–5bn", ' +
      '"£300m to £400m", "1 bis 2 Mrd. €", "between $1bn and $2bn", "zwischen 1 und 2 Milliarden Euro"."',
    families: [
      'phrase de range bis: parse',
      'phrase de range zwischen: parse',
      'phrase en range hyphen: parse',
    ],
    repro: {
      kind: 'phrase',
      parts: parts('de', '', 'Mio.', '€', '1', { max: '100', form: 'bis' }),
      text: '1 bis 100 Mio. €',
      real: 'INVALID_FIGURE',
    },
  },
};
