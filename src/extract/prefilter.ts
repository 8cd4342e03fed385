import { isCode } from '../figure/grammar';

/**
 * Whether [from, to) may hold a figure: a number (digits, or a scale or place word a number in words
 * stands before or ends on) and a sign of a currency (a symbol, an ISO code, "50p", "Rs", or a currency name). Most
 * sentences of an article fail it and are never tokenised. A test keeps it in step with the lexicon.
 * @internal
 */
export function mayHoldFigure(text: string, from: number, to: number): boolean {
  const window = text.slice(from, to);
  return HAS_NUMBER.test(window) && (HAS_SIGN.test(window) || hasCode(window));
}

/** Whether the text holds three capitals standing alone that are an ISO code ("CEO" and "NVIDIA" are not). */
function hasCode(window: string): boolean {
  CAPS.lastIndex = 0;
  for (let m = CAPS.exec(window); m !== null; m = CAPS.exec(window)) if (isCode(m[0])) return true;
  return false;
}

// One regular expression each, so that a sentence is scanned once for a number and once for a sign;
// case is ignored for the names, which lets through more than needed ("RS", "5P"), never less.
const HAS_NUMBER =
  /\d|illi|ILLI|Mrd|Mio|MRD|MIO|Bio|BIO|undred|UNDRED|undert|UNDERT|ausend|AUSEND|housand|HOUSAND/;
const HAS_SIGN =
  /[$€£¥₹₩₽₺₪฿₣¢]|\dp|Rs|RM\d|dollar|euro|pfund|pound|sterling|yen|fran[ck]|yuan|renminbi|pence|cent/i;
// A lone run of three capitals: the lexer reads a code only as a whole word of three capitals.
const CAPS = /(?<![A-Z])[A-Z]{3}(?![A-Z])/g;
