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
  | {
      readonly kind: 'phrase';
      readonly parts: PhraseParts;
      readonly text: string;
      /** false: read without the `language` option (default: with it). */
      readonly withLanguage?: false;
      /** The first differing field as src/ reads it, or its error code. */
      readonly real: string;
    };

export interface KnownDisagreement {
  /** `bug`: the docs say one thing and src/ does another; `open`: the docs do not decide. */
  readonly verdict: 'bug' | 'open';
  readonly summary: string;
  /** The docs sentence the disagreement hinges on, with where it stands. */
  readonly hinges: string;
  readonly families: readonly string[];
  readonly repro: Repro;
}

export const KNOWN_DISAGREEMENTS: Readonly<Record<string, KnownDisagreement>> = {
  'minus-after-code': {
    verdict: 'open',
    summary:
      'A minus between an ISO code and the digits is no figure: "USD -350m", "about JPY -95k", "KWD -323mn or ' +
      'higher" are INVALID_FIGURE ("expected an amount at …"), while "$-350m", "£-40m" and "-USD 350m" parse.',
    hinges:
      'docs/figures.md, "What parseFigure reads": "symbols, codes and names before or after the number, glued ' +
      'or spaced" and "negatives: "-$350m", "–£40m", "$-350m"" — the minus after a sign is listed, after a ' +
      'code neither allowed nor excluded.',
    families: ['phrase en minus "after the sign" code: parse'],
    repro: {
      kind: 'phrase',
      parts: { ...parts('en', '', 'm', 'KWD ', '-5'), minus: 2 },
      text: 'KWD -5m',
      real: 'INVALID_FIGURE',
    },
  },
  'minus-after-dollar-us': {
    verdict: 'bug',
    summary:
      'A minus after "$US" is no figure: "$US-5m" is INVALID_FIGURE ("expected an amount at "$""), while ' +
      '"US$-5m", "A$-5m", "CN¥-5m", "$-350m" and "-$US5m" parse.',
    hinges:
      'docs/figures.md, "What parseFigure reads": "negatives: "-$350m", "–£40m", "$-350m"" and "`$US`" among ' +
      'the symbols it reads.',
    families: ['phrase en minus "after the sign" sign: parse'],
    repro: {
      kind: 'phrase',
      parts: { ...parts('en', '', 'm', '$US', '-5'), minus: 2 },
      text: '$US-5m',
      real: 'INVALID_FIGURE',
    },
  },
  'language-guess': {
    verdict: 'open',
    summary:
      'Without `language`, a German phrase with "Billion" is read as English 10^9 unless it has a German ' +
      'currency name: "drei Billion CHF", "knapp 51,01 Billion A$", "ca. 5 Billion €", even "5 Billion €" ' +
      '(no signal either way) are 10^9, "5 Billion Euro" is 10^12; "fast drei Billion CHF" is no figure ' +
      '("fast" is read only in German sentences). German qualifier words, numbers in words and the decimal ' +
      'comma do not count as German signals; with `language: "de"` all are right.',
    hinges:
      'docs/figures.md: "else "Billion" is German when the phrase has at least as many German signals as ' +
      'English ones ("5 Billion Euro" is €5tn …)" — the signals are not listed, and a tie is German.',
    families: [
      'phrase de language guessed: amount',
      'phrase de language guessed: max',
      'phrase de language guessed: quantum',
    ],
    repro: {
      kind: 'phrase',
      parts: parts('de', '', 'Billion', '€', '5'),
      text: '5 Billion €',
      withLanguage: false,
      real: 'amount 5000000000',
    },
  },
  'pence-from-100': {
    verdict: 'open',
    summary:
      '"p" glued to an amount of 100 or more is no figure: "100p", "123.5p", "below -123.5p", "1,234p" are ' +
      'INVALID_FIGURE ("expected an amount at …"), while "99p", "99.5p", "123.5 pence" and "999¢" parse. ' +
      'Possibly a deliberate guard against "720p"/"1080p"; if so the docs do not say it.',
    hinges:
      'docs/figures.md, "What parseFigure reads": "hundredths: "50p", "3,896.50 pence" (GBP), "35.5¢" …".',
    families: ['phrase en single scale none hundredths p: parse'],
    repro: {
      kind: 'phrase',
      parts: parts('en', '', '', 'p', '100'),
      text: '100p',
      real: 'INVALID_FIGURE',
    },
  },
  'circa-glued-to-letter-sign': {
    verdict: 'bug',
    summary:
      '"c." glued to a sign that starts with a letter is no figure: "c.US$5m", "c.A$5m", "c.NZ$5m", "c.C$5m", ' +
      '"c.R$5m", "c.CN¥5m" are INVALID_FIGURE ("expected an amount at "c.US""), while "c.$5m", "c.£5m", ' +
      '"c.€5m", "c.¥5m", "c.$US5m" and "c. US$5m" are about.',
    hinges:
      'docs/figures.md: ""c." (circa) needs its dot: "c.£5m" and "c. £5m" are `about`"; "US$" is one of the ' +
      'symbols parseFigure reads.',
    families: ['phrase en word "c." glued sign: parse'],
    repro: {
      kind: 'phrase',
      parts: {
        ...parts('en', '', 'm', 'US$', '5'),
        qualifier: { qualifier: 'about', word: 'c.', glued: true },
      },
      text: 'c.US$5m',
      real: 'INVALID_FIGURE',
    },
  },
};
