/** The options every command takes. */
const COMMON = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

/** Each command's options, as node:util parseArgs reads them. @internal */
export const SPECS = {
  report: {
    ...COMMON,
    by: { type: 'string' },
    to: { type: 'string' },
    rates: { type: 'string' },
    'as-of': { type: 'string' },
    kind: { type: 'string', multiple: true },
    status: { type: 'string', multiple: true },
    allocation: { type: 'string' },
    view: { type: 'string' },
    html: { type: 'string' },
    lang: { type: 'string' },
  },
  check: {
    ...COMMON,
    rates: { type: 'string' },
    tolerance: { type: 'string' },
    strict: { type: 'boolean' },
    date: { type: 'string' },
    window: { type: 'string' },
  },
  extract: { ...COMMON, lang: { type: 'string' }, dollar: { type: 'string' } },
  reconcile: {
    ...COMMON,
    'window-days': { type: 'string' },
    to: { type: 'string' },
    rates: { type: 'string' },
    'no-keys': { type: 'boolean' },
    strict: { type: 'boolean' },
  },
  validate: { ...COMMON },
} as const;

/**
 * Flags a command had under another name, each with the line that names the new one: `reckon check
 * --window` is a range of days, so reconcile's number of days is `--window-days` (the library's
 * `window` and `windowDays`). @internal
 */
export const RENAMED: Readonly<Partial<Record<keyof typeof SPECS, Readonly<Record<string, string>>>>> = {
  reconcile: {
    '--window':
      "--window is now --window-days in reckon reconcile (the most days between the mentions of one commitment); --window FROM..TO is reckon check's range of days",
  },
};

/** A command's name. @internal */
export type Command = keyof typeof SPECS;

/** `--html` takes an optional file: without one (last, or before another option) it means `-`, stdout. @internal */
export function htmlToStdout(args: readonly string[]): string[] {
  const out: string[] = [];
  args.forEach((arg, i) => {
    out.push(arg);
    const next = args[i + 1];
    if (arg === '--html' && (next === undefined || (next.startsWith('-') && next !== '-'))) out.push('-');
  });
  return out;
}

/**
 * `--tolerance -5` as `--tolerance=-5`: parseArgs calls a value that starts with "-" ambiguous; a
 * string option followed by a negative number takes it, so the command's own check words the refusal. @internal
 */
export function negativeValues(args: readonly string[], command: Command): string[] {
  const spec: Readonly<Record<string, { readonly type: string }>> = SPECS[command];
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name !== undefined && spec[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}
