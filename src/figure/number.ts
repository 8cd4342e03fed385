import type { FigureLanguage } from './types';

/** A number as written: its integer and fraction digits, without separators. @internal */
export interface WrittenNumber {
  readonly int: string;
  readonly frac: string;
}

const SPACE_SEPARATORS = " \u00a0\u2009\u202f'’";

function onlyDigits(raw: string, from: number): boolean {
  for (let i = from; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Reads a digit run with separators by language: "1,250,000.50" (en), "1.250.000,50" (de), "12,68",
 * "1 250 000" (no-break or thin spaces). A lone separator followed by exactly three digits is grouping
 * or decimal as the language says; followed by any other count, it is a decimal mark.
 *
 * @returns the digits, or a reason why the grouping is not valid
 * @internal
 */
export function readNumber(raw: string, language: FigureLanguage): WrittenNumber | string {
  let k = 0;
  while (k < raw.length && raw.charCodeAt(k) >= 48 && raw.charCodeAt(k) <= 57) k++;
  if (k === raw.length) return { int: raw, frac: '' };
  // One comma or dot between digits ("6,2", "100.000", "12.68"), the commonest form, without arrays.
  const mark = raw.charCodeAt(k);
  if ((mark === 44 || mark === 46) && raw.indexOf(raw[k] as string, k + 1) < 0 && onlyDigits(raw, k + 1)) {
    const after = raw.length - k - 1;
    // "Rs 83,7186 crore", "$12,3456": four digits after a comma are no group, and English writes no decimal
    // comma that long (sloppy "$18,7 billion" has one or two): a typo, read as no number.
    if (mark === 44 && language === 'en' && after > 3)
      return `"${raw}" is neither grouped in threes nor a decimal`;
    const decimal = after !== 3 || mark === (language === 'de' ? 44 : 46);
    if (decimal) return { int: raw.slice(0, k), frac: raw.slice(k + 1) };
    return k <= 3
      ? { int: raw.slice(0, k) + raw.slice(k + 1), frac: '' }
      : `"${raw}" is not grouped in threes`;
  }
  const parts: string[] = [];
  const seps: string[] = [];
  let from = 0;
  for (let i = k; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    parts.push(raw.slice(from, i));
    seps.push(raw[i] as string);
    from = i + 1;
  }
  parts.push(raw.slice(from));

  const languageDecimal = language === 'de' ? ',' : '.';
  const marks = seps.filter((s) => !SPACE_SEPARATORS.includes(s));
  const distinct = [...new Set(marks)];
  let decimalIndex = -1;
  if (distinct.length > 2) return `"${raw}" mixes too many separators`;
  if (distinct.length === 2) {
    decimalIndex = seps.lastIndexOf(marks[marks.length - 1] ?? '');
    if (seps.indexOf(seps[decimalIndex] ?? '') !== decimalIndex) {
      return `"${raw}" has more than one decimal mark`;
    }
  } else if (distinct.length === 1) {
    const mark = distinct[0] ?? '';
    const positions = seps.flatMap((s, k) => (s === mark ? [k] : []));
    if (positions.length === 1) {
      const k = positions[0] ?? 0;
      const after = parts[k + 1] ?? '';
      const isLast = k === seps.length - 1;
      if (!isLast) decimalIndex = -1;
      else if (after.length !== 3) decimalIndex = k;
      else decimalIndex = mark === languageDecimal ? k : -1;
    }
  }
  const intParts = decimalIndex < 0 ? parts : parts.slice(0, decimalIndex + 1);
  const frac = decimalIndex < 0 ? '' : parts.slice(decimalIndex + 1).join('');
  if (decimalIndex >= 0 && decimalIndex !== seps.length - 1)
    return `"${raw}" has digits grouped after its decimal mark`;
  if (intParts.length > 1) {
    const [head, ...rest] = intParts;
    const threes = (head ?? '').length > 0 && (head ?? '').length <= 3 && rest.every((g) => g.length === 3);
    // Indian grouping ("1,26,61,536"): twos, then a last group of three; the digits mean the same.
    const indian =
      intParts.length > 2 &&
      seps.slice(0, intParts.length - 1).every((c) => c === ',') &&
      (head ?? '').length > 0 &&
      (head ?? '').length <= 2 &&
      rest.every((g, k) => g.length === (k === rest.length - 1 ? 3 : 2));
    if (!threes && !indian) return `"${raw}" is not grouped in threes`;
  }
  return { int: intParts.join(''), frac };
}
