/**
 * A small streaming XML tokenizer: enough XML to read ECB rate files safely, nothing more.
 *
 * One pass, each character looked at a bounded number of times, so hostile input (unclosed tags,
 * thousands of bad entries, a file cut off anywhere) costs time linear in its size. Comments, CDATA
 * sections, processing instructions and declarations are skipped, never read as data. Entities are not
 * expanded: attribute values come back exactly as written. Text between tags is ignored.
 * @internal
 */

/** One attribute as written (value without its quotes, entities left alone). */
export interface XmlAttribute {
  readonly name: string;
  readonly value: string;
}

/** What the scanner reports; offsets are UTF-16 positions of the `<` that starts the construct. */
export interface XmlHandlers {
  /** A complete start tag (`selfClosing` for `<x/>`). */
  start(name: string, attributes: readonly XmlAttribute[], selfClosing: boolean, offset: number): void;
  /** A complete end tag. */
  end(name: string, offset: number): void;
  /** Something that is not well-formed; the scanner goes on from a safe point. */
  problem(message: string, offset: number): void;
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;
const QUOT = 34;
const APOS = 39;
const BANG = 33;
const QUESTION = 63;

const isSpace = (c: number) => c === SPACE || c === TAB || c === LF || c === CR;
/** Characters that end a name: space, `/`, `>`, `<`, `=`, or the end (NaN). */
const endsName = (c: number) =>
  Number.isNaN(c) || isSpace(c) || c === SLASH || c === GT || c === LT || c === EQ;

/**
 * Scans `text`, calling the handlers in document order.
 * @internal
 */
export function scanXml(text: string, on: XmlHandlers): void {
  const n = text.length;
  let pos = 0;
  /** Skips a construct that ends with `close`; false (and a problem) when the file ends first. */
  const skipTo = (start: number, from: number, close: string, what: string): boolean => {
    const end = text.indexOf(close, from);
    if (end < 0) {
      on.problem(`${what} is never closed: the file ends inside it`, start);
      pos = n;
      return false;
    }
    pos = end + close.length;
    return true;
  };
  while (pos < n) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) return;
    const next = text.charCodeAt(lt + 1);
    if (next === QUESTION) {
      skipTo(lt, lt + 2, '?>', 'a processing instruction');
    } else if (next !== BANG) {
      pos = next === SLASH ? endTag(text, lt, on) : startTag(text, lt, on);
    } else if (text.startsWith('<!--', lt)) {
      skipTo(lt, lt + 4, '-->', 'a comment');
    } else if (text.startsWith('<![CDATA[', lt)) {
      skipTo(lt, lt + 9, ']]>', 'a CDATA section');
    } else {
      // <!DOCTYPE …> with an optional internal subset [ … ]; its entities are never expanded.
      let k = lt + 2;
      while (k < n && text.charCodeAt(k) !== GT && text.charCodeAt(k) !== 91 /* [ */) k++;
      if (k < n && text.charCodeAt(k) !== GT) {
        if (skipTo(lt, k, ']', 'a declaration')) skipTo(lt, pos, '>', 'a declaration');
      } else skipTo(lt, k, '>', 'a declaration');
    }
  }
}

/** Reads a name from `i`; returns its end. */
function nameEnd(text: string, i: number): number {
  while (!endsName(text.charCodeAt(i))) i++;
  return i;
}

function skipSpace(text: string, i: number): number {
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Reports a tag that stops at `i` (a `<` or the end) before its `>`; scanning resumes at `i`. */
function unclosedTag(text: string, lt: number, i: number, on: XmlHandlers): number {
  on.problem(
    i >= text.length
      ? `the file ends inside the tag "${text.slice(lt, Math.min(i, lt + 40))}": it looks cut off`
      : `the tag "${text.slice(lt, Math.min(i, lt + 40)).trimEnd()}" is not closed with ">"`,
    lt,
  );
  return i;
}

function endTag(text: string, lt: number, on: XmlHandlers): number {
  const start = lt + 2;
  const end = nameEnd(text, start);
  const i = skipSpace(text, end);
  if (text.charCodeAt(i) !== GT || end === start) {
    if (i >= text.length || text.charCodeAt(i) === LT) return unclosedTag(text, lt, i, on);
    on.problem(`a malformed end tag "${text.slice(lt, Math.min(i + 1, lt + 40))}"`, lt);
    return i + 1;
  }
  on.end(text.slice(start, end), lt);
  return i + 1;
}

function startTag(text: string, lt: number, on: XmlHandlers): number {
  const start = lt + 1;
  const end = nameEnd(text, start);
  if (end === start) {
    on.problem('a "<" that starts no tag', lt);
    return start;
  }
  const name = text.slice(start, end);
  const attributes: XmlAttribute[] = [];
  let i = end;
  for (;;) {
    i = skipSpace(text, i);
    const c = text.charCodeAt(i);
    if (c === GT) {
      on.start(name, attributes, false, lt);
      return i + 1;
    }
    if (c === SLASH && text.charCodeAt(i + 1) === GT) {
      on.start(name, attributes, true, lt);
      return i + 2;
    }
    if (Number.isNaN(c) || c === LT) return unclosedTag(text, lt, i, on);
    const a = i;
    const aEnd = nameEnd(text, a);
    let j = skipSpace(text, aEnd);
    const quote = text.charCodeAt(skipSpace(text, j + 1));
    if (aEnd === a || text.charCodeAt(j) !== EQ || (quote !== QUOT && quote !== APOS)) {
      // Not name="value": give up on this tag at the next "<" or ">" it reaches.
      while (j < text.length && text.charCodeAt(j) !== GT && text.charCodeAt(j) !== LT) j++;
      if (j >= text.length || text.charCodeAt(j) === LT) return unclosedTag(text, lt, j, on);
      on.problem(`a malformed attribute in "${text.slice(lt, Math.min(j + 1, lt + 60))}"`, lt);
      return j + 1;
    }
    const v = skipSpace(text, j + 1) + 1;
    let k = v;
    // "<" may not appear in an attribute value: stopping there keeps one bad quote from swallowing the file.
    while (k < text.length && text.charCodeAt(k) !== quote && text.charCodeAt(k) !== LT) k++;
    if (k >= text.length || text.charCodeAt(k) === LT) return unclosedTag(text, lt, k, on);
    attributes.push({ name: text.slice(a, aEnd), value: text.slice(v, k) });
    i = k + 1;
  }
}
