/**
 * The scan behind every extraction function: sentence by sentence, window by window, figures held
 * back until no later text can link them. @internal
 */
import type { AmountMatch, FigureMatch, MatchFailure, MatchOptions } from '../figure/grammar';
import { hasQualifier, isMatchFailure, isYear, magnitude, matchFigure } from '../figure/grammar';
import { languageOf, languageSignals } from '../figure/language';
import { tokenize } from '../figure/lexer';
import { type Token, tokenStore } from '../figure/token';
import { NAMES, NUMBER_WORD, SPELLED_SCALE } from '../figure/words';
import { type ExtractedFigureDraft, extractedFromMatch } from './build-extracted';
import { carriedConnector, isPriorPeriod, LABELS, priorBracket } from './context-words';
import { type Linked, linkConversion, linkRespectively } from './link';
import { canStart, isNumber, REACH, spelledBefore } from './phrase-starts';
import { mayHoldFigure } from './prefilter';
import { sentenceEnd, windowEnd } from './sentences';
import type { ExtractedFigure, ExtractOptions } from './types';

/** Tokens at the end of a window where no phrase may start (a phrase is at most this long). */
const MARGIN = 48;

/** A figure waiting for the figures after it (a later "respectively" may still link it). */
interface Pending extends Linked {
  readonly figure: ExtractedFigureDraft;
}

/** Figures held back for links; when a sentence has more, the oldest are let go. */
const HOLD = 8;

/**
 * Reads a text window by window and hands over the figures that no later text can change any more.
 * One window is one sentence, or a slice of at most about WINDOW characters of a longer one.
 */
export function scanner(text: string, options: ExtractOptions): (out: ExtractedFigure[]) => boolean {
  const fixed = options.language && options.language !== 'auto' ? options.language : undefined;
  const pending: Pending[] = [];
  let released = 0;
  let start = 0;
  let end = 0;
  let ws = 0;
  // One window's token objects, reused by the next window.
  const store = tokenStore();

  const release = (out: ExtractedFigure[], keep: number) => {
    const n = pending.length - keep;
    for (let k = 0; k < n; k++) {
      const p = pending[k] as Pending;
      if (p.convertedFrom !== undefined) p.figure.convertedFrom = p.convertedFrom;
      out.push(p.figure);
    }
    for (let k = 0; k < n; k++) pending.shift();
    released += Math.max(0, n);
  };

  /** Scans the window [ws, we): its figures go to `pending`; returns where the next window starts. */
  const scanWindow = (we: number, last: boolean, out: ExtractedFigure[]): number => {
    const tokens = tokenize(text, ws, we, store);
    const limit = last ? tokens.length : Math.max(1, tokens.length - MARGIN);
    const signals = languageSignals(tokens);
    const language = fixed ?? languageOf(signals);
    const germanBillion = fixed ? fixed === 'de' : signals.de >= signals.en;
    const base: MatchOptions = { language, germanBillion, dollar: options.dollar, guessed: !fixed };
    // The first number at or after i: a word that opens no phrase within reach of one is passed over.
    let nextNumber = 0;
    let lastNext = 0;

    /** Holds a figure back for links: phrase [start, end), tokens [first, next), inside figure `within`. */
    const add = (
      m: FigureMatch,
      first: number,
      next: number,
      start: number,
      end: number,
      within?: number,
    ) => {
      const figure = extractedFromMatch(m, text.slice(start, end), start, end, language);
      if (!figure) return false;
      if (m.assumedCurrency) figure.assumedCurrency = true;
      const code = m.low.currency;
      const record: Pending = {
        figure,
        code,
        index: released + pending.length,
        first,
        next,
        convertedFrom: undefined,
        rootCode: code,
        inBracket: false,
        within,
      };
      const prev = pending[pending.length - 1];
      if (prev) linkConversion(tokens, prev, record);
      pending.push(record);
      linkRespectively(tokens, pending);
      if (pending.length > HOLD) release(out, HOLD);
      lastNext = next;
      return true;
    };

    /**
     * A figure with a prior-year value in brackets at `at`: "201,5 (12,9) Millionen Euro", "SEK 2,671
     * (6,973) million", "SEK 9,673 (9,494 million)". Two figures; returns the token after them, or 0.
     */
    const bracketed = (i: number, at: number): number => {
      const br = priorBracket(tokens, at);
      if (!br) return 0;
      const tok = (k: number) => tokens[k] as Token;
      const from = br.inside ? br.num + 1 : br.close + 1;
      const tail = tokens.slice(from, br.inside ? br.close : from + MARGIN / 2);
      const x = matchFigure([...tokens.slice(i, at), ...tail], 0, base);
      // The rest must add something (a scale word, a currency) to the figure before the bracket.
      if (isMatchFailure(x) || x.next <= at - i || (br.inside && x.next !== at - i + tail.length)) return 0;
      const carried = { currency: x.low.currency, scale: undefined, bareDollar: x.assumedCurrency };
      const aside = matchFigure([tok(br.num), ...tail], 0, { ...base, carried });
      if (isMatchFailure(aside)) return 0;
      const next = br.inside ? br.close + 1 : br.close + 1 + x.next - (at - i);
      if (!add(x, i, next, tok(i).start, tok(next - 1).end)) return 0;
      add(aside, br.num, next, tok(br.num).start, tok(br.num).end, released + pending.length - 1);
      return next;
    };

    /**
     * An amount without a currency that takes one from a figure it is set against (see
     * docs/extraction.md, "Elliptical figures"). Returns the token after what was read, or 0.
     */
    const orphan = (i: number, failure: MatchFailure): number => {
      const a = failure.orphan as AmountMatch;
      const at = failure.at;
      const tok = (k: number) => tokens[k] as Token;
      // "201,5 (12,9) Millionen Euro", "743,6 (VJ 788,3) Mio CHF": a prior-year value in brackets inside the figure.
      if (tokens[at]?.text === '(') return bracketed(i, at);
      // "a thousand and …", "zweihundert und …": a number in words takes no currency from another figure.
      if (a.spelled && a.scale === undefined) return 0;
      let carried: MatchOptions['carried'];
      const connector = carriedConnector(tokens, at);
      if (connector > 0) {
        // "von 11,8 Mio. auf 25,5 Mio. Euro", "17 and 10 million dollars", "162 out of 315 billion euros"
        const f = matchFigure(tokens, at + connector, base);
        const bare = a.scale === undefined;
        if (
          !isMatchFailure(f) &&
          f.qualifier !== 'range' &&
          (!bare || (!f.low.currencyBefore && !isYear(a) && Math.abs(magnitude(a) - magnitude(f.low)) <= 1))
        ) {
          carried = {
            currency: f.low.currency,
            scale: bare ? f.low.scale : undefined,
            bareDollar: f.assumedCurrency,
          };
        }
      } else if (a.scale !== undefined && isPriorPeriod(tokens, at)) {
        // "706 Millionen Euro – nach 886 Millionen im Vorjahreszeitraum"
        const prev = pending[pending.length - 1];
        if (prev && prev.next >= 0) {
          carried = {
            currency: prev.code,
            scale: undefined,
            bareDollar: prev.figure.assumedCurrency === true,
          };
        }
      }
      // "Kapitel 3 und 5 Mio. Euro": a chapter's, part's or page's number is no amount (looked at last).
      if (!carried || LABELS.has(tokens[i - 1]?.lower ?? '')) return 0;
      const x = matchFigure(tokens, i, { ...base, carried });
      if (isMatchFailure(x) || !add(x, x.first, x.next, tok(x.first).start, tok(x.next - 1).end)) return 0;
      return x.next;
    };

    let i = 0;
    while (i < limit) {
      const t = tokens[i] as Token;
      if (nextNumber < i) nextNumber = i;
      while (nextNumber < tokens.length && nextNumber - i <= REACH && !isNumber(tokens[nextNumber] as Token))
        nextNumber++;
      if (
        nextNumber - i > REACH ||
        nextNumber >= tokens.length ||
        !canStart(text, t) ||
        // A word that opens only qualifiers ("in", "a", "over") is tried only when a whole one stands here.
        (t.kind === 'word' &&
          (t.info & (NAMES | SPELLED_SCALE | NUMBER_WORD)) === 0 &&
          !hasQualifier(tokens, i, language))
      ) {
        i++;
        continue;
      }
      let m: FigureMatch | MatchFailure = matchFigure(tokens, i, base);
      // A number in words is found from its scale or place word: "zwei Milliarden Euro", "two hundred $".
      if (isMatchFailure(m) && (t.info & (SPELLED_SCALE | NUMBER_WORD)) !== 0) {
        m = spelledBefore(tokens, i, lastNext, base) ?? m;
      } else if (!isMatchFailure(m) && m.low.spelled && m.first === i) {
        // "half a billion": "a billion" matched at "a", but the number starts earlier.
        const earlier = spelledBefore(tokens, i, lastNext, base);
        if (earlier && earlier.next >= m.next) m = earlier;
      }
      if (isMatchFailure(m)) {
        const after = m.orphan ? orphan(i, m) : 0;
        i = after > 0 ? after : i + 1;
        continue;
      }
      // "SEK 2,671 (6,973) million": the currency before the number, the scale word after a bracket.
      if (m.high === undefined && m.low.currencyBefore && tokens[m.next]?.text === '(') {
        const after = bracketed(i, m.next);
        if (after > 0) {
          i = after;
          continue;
        }
      }
      const firstTok = tokens[m.first] as Token;
      const lastTok = tokens[m.next - 1] as Token;
      if (add(m, m.first, m.next, firstTok.start, lastTok.end)) i = m.next;
      else i++;
    }
    if (last) return we;
    // The next window starts at the first token not looked at or past the last phrase; held figures'
    // token positions are this window's: only the last one can still be linked to.
    const resume = Math.max(limit, lastNext);
    for (const p of pending) {
      p.first = -1;
      p.next = p === pending[pending.length - 1] && lastNext === resume ? 0 : -1;
    }
    return resume < tokens.length ? (tokens[resume] as Token).start : we;
  };

  // Appends what it lets go to `out`, a window at a time, until it has let something go; false at the end.
  return (out) => {
    const before = out.length;
    while (out.length === before) {
      if (ws >= end) {
        // A sentence ends: its held figures go, and the next begins.
        release(out, 0);
        if (end >= text.length) return out.length > before;
        start = end;
        end = sentenceEnd(text, start);
        ws = start;
        continue;
      }
      const we = windowEnd(text, ws, end);
      const last = we >= end;
      if (!mayHoldFigure(text, ws, we)) {
        ws = we;
        // Nothing to link across text without figures.
        for (const p of pending) p.next = -1;
        continue;
      }
      ws = scanWindow(we, last, out);
    }
    return true;
  };
}
