import { isCode } from '../figure/grammar';

/**
 * Whether [from, to) may hold a figure: a number (digits, or a scale or place word a number in words
 * stands before or ends on) and a sign of a currency (a symbol, an ISO code, "50p", "Rs", or a currency name). Most
 * sentences of an article fail it and are never tokenised. A test keeps it in step with the lexicon.
 * @internal
 */
export function mayHoldFigure(text: string, from: number, to: number): boolean {
  const window = text.slice(from, to);
  return (
    (HAS_DIGIT.test(window) || HAS_NUMBER_WORD.test(window)) && (HAS_SIGN.test(window) || hasCode(window))
  );
}

/** Whether the text holds three capitals standing alone that are an ISO code ("CEO" and "NVIDIA" are not). */
function hasCode(window: string): boolean {
  CAPS.lastIndex = 0;
  for (let m = CAPS.exec(window); m !== null; m = CAPS.exec(window)) if (isCode(m[0])) return true;
  return false;
}

// A digit first: most sentences that hold a number hold digits, and a search for one character class is
// several times faster than for the alternation of words, which runs only on the others.
const HAS_DIGIT = /\d/;
const HAS_NUMBER_WORD =
  /illi|ILLI|Mrd|Mio|MRD|MIO|Bio|BIO|undred|UNDRED|undert|UNDERT|ausend|AUSEND|housand|HOUSAND/;
// Case is ignored for the names, which lets through more than needed ("RS", "5P"), never less. Written
// as a class per letter rather than with the `i` flag: the same strings (`i` folds only ASCII letters
// here), searched about a third faster. Short names that are also parts of words ("won", "rand", "lei",
// "real") count only as whole words, so that "brand" and "wonder" stay out.
const HAS_SIGN =
  /[$€£¥₹₩₽₺₪฿₣¢]|\d[pP]|[fF][rR]\.|[rR][sS]|[rR][mM]\d|[dD][oO][lL][lL][aA][rR]|[eE][uU][rR][oO]|[pP][fF][uU][nN][dD]|[pP][oO][uU][nN][dD]|[sS][tT][eE][rR][lL][iI][nN][gG]|[yY][eE][nN]|[fF][rR][aA][nN][cCkK]|[yY][uU][aA][nN]|[rR][eE][nN][mM][iI][nN][bB][iI]|[pP][eE][nN][cC][eE]|[cC][eE][nN][tT]|[rR][uU][pP][eEiI]|[kK][rR][oO][nN]|[cC][rR][oO][wW][nN]|[kK][oO][rR][uU][nN]|[pP][eE][sS][oO]|[lL][iI][rR][aA]|[rR][oO]?[uU][bB][lL]|[rR][uU][bB][eE][lL]|[zZ][lLłŁ][oO][tT]|[fF][oO][rR][iI][nN][tT]|[rR][iI][nN][gG][gG][iI][tT]|[bB][aA][hH][tT]|[hH][eE][kK][eE][lL]|(?<![a-zA-Z])(?:[wW][oO][nN]|[rR][aA][nN][dD]|[rR][eE][aA][lL]|[rR][eE][aA][iI][sS]|[lL][eE][iI]|[lL][eE][vVwW][aA])(?![a-z])/;
// A lone run of three capitals: the lexer reads a code only as a whole word of three capitals.
const CAPS = /(?<![A-Z])[A-Z]{3}(?![A-Z])/g;
