/** Tokens of text, and the store that lets one scan reuse their objects. @internal */

/** A token of text: a digit run with its separators, a word, a currency symbol, or one other character. */
export interface Token {
  readonly kind: 'num' | 'word' | 'sym' | 'punct';
  /** The token's text as written. */
  readonly text: string;
  /** The text in lower case (words only; other tokens repeat `text`). */
  readonly lower: string;
  /** For a word, its flags from the word table (`OPENS`, `SPELLED_SCALE`, `GERMAN`, `ENGLISH`, `UMLAUT`). */
  readonly info: number;
  /** UTF-16 offset of its first character. */
  readonly start: number;
  /** UTF-16 offset just past its last character. */
  readonly end: number;
  /** Whether white space stands between this token and the one before it. */
  readonly spaceBefore: boolean;
}

/**
 * A token whose text and lower-case form are sliced from the source only when first read: most words
 * of an article are only looked up (through `wordInfoAt`) and passed over. A class only for that
 * laziness, which also keeps every token of one shape for the engine; extraction reuses the objects
 * from one window of text to the next ({@link TokenStore}).
 */
class SlicedToken implements Token {
  // Declared, not defined: class fields would be defined on every new token before the constructor
  // runs, a second store per field; `set` gives each field its value once, in one order, both to a new
  // token and to a reused one.
  declare kind: Token['kind'];
  declare start: number;
  declare end: number;
  declare info: number;
  declare spaceBefore: boolean;
  declare private source: string;
  declare private sliced: string | undefined;
  declare private lowered: string | undefined;

  /** Makes this token the one given (a new token, or a reused one). */
  set(
    source: string,
    kind: Token['kind'],
    start: number,
    end: number,
    info: number,
    space: boolean,
    lowered: string | undefined,
  ): SlicedToken {
    this.source = source;
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.info = info;
    this.spaceBefore = space;
    this.sliced = undefined;
    this.lowered = lowered;
    return this;
  }

  get text(): string {
    if (this.sliced === undefined) this.sliced = this.source.slice(this.start, this.end);
    return this.sliced;
  }

  get lower(): string {
    if (this.lowered === undefined) this.lowered = this.kind === 'word' ? this.text.toLowerCase() : this.text;
    return this.lowered;
  }
}

/**
 * Token objects to reuse: {@link tokenize} given a store overwrites the tokens of its last call, so that
 * a scan of millions of words makes a few thousand objects (one window's worth) instead of one per
 * word. The tokens of a call are valid until the next call with the same store. @internal
 */
export interface TokenStore {
  /** The tokens of the last call: its first `count` entries (the array is cut to them at the end). */
  readonly tokens: Token[];
  readonly objects: SlicedToken[];
  /** How many tokens the call in progress has made. */
  count: number;
}

/** An empty {@link TokenStore}. @internal */
export function tokenStore(): TokenStore {
  return { tokens: [], objects: [], count: 0 };
}

/**
 * Appends a token, reusing the store's next object when it has one. It overwrites the array in place
 * rather than emptying and refilling it: an array emptied gives up its storage and grows it again in
 * steps, a few allocations per sentence.
 */
export function push(
  store: TokenStore,
  source: string,
  kind: Token['kind'],
  start: number,
  end: number,
  info: number,
  space: boolean,
  lowered: string | undefined,
): void {
  const { tokens, objects } = store;
  const n = store.count++;
  let made = objects[n];
  if (made === undefined) {
    made = new SlicedToken();
    objects.push(made);
  }
  made.set(source, kind, start, end, info, space, lowered);
  if (n < tokens.length) tokens[n] = made;
  else tokens.push(made);
}
