import type { Commitment } from '../commitment/model';
import type { Dataset } from '../dataset/types';
import { nscaleDataset } from '../datasets/nscale-2025-09/index';
import { ukTechDataset } from '../datasets/uk-tech-2025-09/index';
import type { Issue } from '../errors/reckon-error';
import { knownCurrency } from '../money/currencies';
import { compact, type MoneyBounds } from '../money/format-interval';
import { toUnits } from '../money/units';
import type { RateProvider } from '../rates/provider';
import { ratesFromList } from '../rates/static-rates';
import { explainAmbiguous, explainContradiction } from '../reconcile/explain';
import { mentionsFromDataset } from '../reconcile/from-dataset';
import { reconcileResultToJSON } from '../reconcile/json';
import { reconcile } from '../reconcile/reconcile';
import { reconciledCommitments } from '../reconcile/to-commitments';
import type { Contradiction } from '../reconcile/types';
import { formatInterval, style } from './format';
import { CliFailure, type CliIO, loadDataset, readRatesFile } from './io';

/** The options of `reckon reconcile`. */
export interface ReconcileArgs {
  readonly file?: string;
  readonly windowDays?: string;
  readonly to?: string;
  readonly rates?: string;
  readonly strict?: boolean;
  readonly noKeys?: boolean;
  readonly json?: boolean;
}

const EMBEDDED: Readonly<Record<string, () => Dataset>> = {
  'uk-tech-2025-09': ukTechDataset,
  'nscale-2025-09': nscaleDataset,
};

/**
 * How to name the dataset to another command: an embedded one by its id, a file by the path given
 * (quoted for a shell when it needs it), never the dataset's `id`, which names no file (K7).
 */
export function datasetArgument(name: string, dataset: Dataset): string {
  if (name.startsWith('the embedded ')) return dataset.id;
  return /^[\w./@%+=:,-]+$/.test(name) ? name : `'${name.replaceAll("'", "'\\''")}'`;
}

/** A dataset by the name of an embedded one ("uk-tech-2025-09") or by its file. */
export function loadNamedDataset(
  io: CliIO,
  file: string | undefined,
  fallback?: string,
): { dataset: Dataset; name: string } {
  const name = file ?? fallback;
  const embedded = name !== undefined && Object.hasOwn(EMBEDDED, name) ? EMBEDDED[name] : undefined;
  if (embedded) return { dataset: embedded(), name: `the embedded dataset ${name}` };
  return loadDataset(io, file);
}

/**
 * An exact amount converted, its ends at most a minor unit apart, as one point ("€2.96bn"): written
 * outward, as every interval is, it would read as a spread ("€2.95bn – €2.96bn") that nothing gave.
 */
function onceWhenEqual(interval: MoneyBounds): string {
  const low = interval.low === null ? undefined : toUnits(interval.low);
  const high = interval.high === null ? undefined : toUnits(interval.high);
  if (low && high && low.scale === high.scale && high.units - low.units <= 1n && interval.high !== null)
    return compact(interval.high);
  return formatInterval(interval);
}

/** Commitment key → the key it is part of, as the dataset's mentions give it. */
export function partOfKeys(dataset: Dataset): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of dataset.mentions ?? [])
    if (m.commitment !== undefined && m.partOf !== undefined) out[m.commitment] = m.partOf;
  return out;
}

/**
 * The `KEY_SPLIT` issues of a dataset's mentions, reconciled with their keys, the dataset's rates and
 * `partOf`: two keys that look like one commitment (K8). `reckon validate` prints them as warnings.
 */
export function keySplitWarnings(dataset: Dataset): Issue[] {
  if (!dataset.mentions?.length) return [];
  const result = reconcile(mentionsFromDataset(dataset), {
    rates: ratesFromList(dataset.rates),
    parties: dataset.parties,
    partOf: partOfKeys(dataset),
  });
  return result.issues.filter((i) => i.code === 'KEY_SPLIT');
}

/**
 * How many reports among the mentions contradict the others, or undefined when they cannot be
 * reconciled here (a rate the dataset gives twice): the count only points to `reckon reconcile`, which
 * names the reason, and must not stop the report of the commitments.
 */
function contradictionsIn(dataset: Dataset, rates: RateProvider | undefined): number | undefined {
  try {
    const result = reconcile(mentionsFromDataset(dataset), { rates: rates ?? ratesFromList(dataset.rates) });
    return result.groups.reduce((n, g) => n + g.contradictions.length, 0);
  } catch {
    return undefined;
  }
}

/**
 * What `reckon report` adds up: the dataset's commitments, or, for a dataset of mentions only (uk-tech),
 * its mentions reconciled by their keys, each group counted once, with the documents behind each. A
 * dataset with both adds its commitments and says how many mentions it leaves out (K6).
 */
export function reportInput(
  dataset: Dataset,
  rates: RateProvider | undefined,
  view: 'nominal' | 'rounding' = 'nominal',
): {
  commitments: readonly Commitment[];
  sources?: (ids: readonly string[]) => number;
  /** Per commitment id, the reports set aside as contradicting it (G12). */
  contradictions?: ReadonlyMap<string, readonly Contradiction[]>;
  /** A dataset with commitments and mentions: the mentions, not reported, and the contradictions among them (K6). */
  unreported?: { readonly mentions: number; readonly contradictions: number | undefined };
} {
  if (!dataset.mentions?.length) return { commitments: dataset.commitments };
  if (dataset.commitments.length > 0)
    return {
      commitments: dataset.commitments,
      unreported: { mentions: dataset.mentions.length, contradictions: contradictionsIn(dataset, rates) },
    };
  const result = reconcile(mentionsFromDataset(dataset), { rates: rates ?? ratesFromList(dataset.rates) });
  const commitments = reconciledCommitments(result, { partOf: partOfKeys(dataset), view });
  const docs = new Map(commitments.map((c) => [c.id, c.sources.map((s) => s.document)]));
  return {
    commitments,
    sources: (ids) => new Set(ids.flatMap((id) => docs.get(id) ?? [])).size,
    contradictions: new Map(
      result.groups.filter((g) => g.contradictions.length > 0).map((g) => [g.id, g.contradictions]),
    ),
  };
}

/** One contradicting report in words: “30 Milliarden Pfund” (Byte Bucket). @internal */
export function contradictionLine(c: Contradiction, quoted = (text: string) => `“${text}”`): string {
  const text = c.mention.figure.text ?? c.mention.source.quote ?? c.mention.id;
  const who = c.mention.source.publisher ?? c.mention.source.document;
  return `${quoted(text)} (${who})`;
}

/** "1 mention", "2 mentions": the CLI speaks English only. */
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `reckon reconcile`: the commitments many reports give, their common amounts and contradictions. */
export function reconcileCommand(args: ReconcileArgs, io: CliIO): number {
  const { dataset, name } = loadNamedDataset(io, args.file, 'uk-tech-2025-09');
  if (!dataset.mentions?.length)
    throw new CliFailure(`${name} has no mentions to reconcile (see docs/dataset.md, "Mentions")`);
  let windowDays: number | undefined;
  if (args.windowDays !== undefined) {
    if (!/^\d{1,4}$/.test(args.windowDays))
      throw new CliFailure(
        `--window-days must be a whole number of days such as 14; got "${args.windowDays}"`,
      );
    windowDays = Number.parseInt(args.windowDays, 10);
  }
  const to = args.to?.toUpperCase();
  if (to !== undefined && !knownCurrency(to))
    throw new CliFailure(`--to must be an ISO 4217 currency code such as EUR; got "${args.to}"`);
  const rates = args.rates !== undefined ? readRatesFile(io, args.rates) : ratesFromList(dataset.rates);
  const mentions = mentionsFromDataset(dataset, { keys: args.noKeys !== true });
  const result = reconcile(mentions, {
    rates,
    parties: dataset.parties,
    partOf: partOfKeys(dataset),
    ...(windowDays !== undefined ? { windowDays } : {}),
    ...(to !== undefined ? { to } : {}),
  });
  const contradictions = result.groups.reduce((n, g) => n + g.contradictions.length, 0);
  // A clean --strict run means every mention was compared: one left unchecked for want of a rate fails it too.
  const unchecked = result.issues.some((i) => i.code === 'NO_RATE');
  // Groups split only by kind or by key may be one commitment counted twice (G5, K8): not clean either.
  const kindSplit = result.issues.some((i) => i.code === 'KIND_SPLIT' || i.code === 'KEY_SPLIT');
  const exit = args.strict && (contradictions > 0 || unchecked || kindSplit) ? 1 : 0;
  if (args.json) {
    io.out(
      JSON.stringify(
        { dataset: { id: dataset.id, source: name }, ...reconcileResultToJSON(result) },
        null,
        2,
      ),
    );
    return exit;
  }
  const s = style(io.color);
  const names = new Map(dataset.parties.map((p) => [p.id, p.name]));
  const explain = { parties: dataset.parties };
  io.out(s.bold(dataset.title ?? dataset.id));
  io.out(s.dim(`Source: ${name}`));
  io.out(
    s.dim(
      `${count(mentions.length, 'mention')} → ${count(result.groups.length, 'commitment')}, ${count(contradictions, 'contradiction')}, ${result.ambiguous.length} ambiguous · window ${count(result.settings.windowDays, 'day')} · ${args.noKeys ? 'commitment keys ignored' : 'commitment keys kept'}`,
    ),
  );
  for (const g of result.groups) {
    io.out('');
    const who = g.parties.map((p) => `${names.get(p.party) ?? p.party} (${p.role})`).join(', ');
    io.out(`${s.bold(g.id)} ${s.dim(`— ${g.kind}: ${who}`)}`);
    const reading = g.readings.find((r) => r.currency === g.denomination);
    const amount =
      reading?.status !== 'empty' && reading?.interval
        ? `${formatInterval(reading.interval)}${reading.unchecked ? s.yellow(` (not checked, no rate: ${reading.unchecked.join(', ')})`) : ''}`
        : 'no common amount';
    const converted = g.converted
      ? `   ≈ ${onceWhenEqual(g.converted.interval)}${g.converted.rate ? s.dim(` (fix of ${g.converted.rate.date})`) : ''}`
      : '';
    io.out(`  amount   ${amount}${converted}`);
    const pins = reading ? [...new Set([...reading.lowPinnedBy, ...reading.highPinnedBy])] : [];
    if (pins.length > 0)
      io.out(
        s.dim(
          `  pinned   low by ${reading?.lowPinnedBy.join(', ') || '—'}; high by ${reading?.highPinnedBy.join(', ') || '—'}`,
        ),
      );
    const publishers = [...new Set(g.mentions.map((m) => m.source.publisher ?? m.source.document))];
    io.out(`  sources  ${g.sources}, ${g.mentions.length} mentions: ${publishers.join('; ')}`);
    io.out(
      s.dim(`  dates    ${g.firstDate === g.lastDate ? g.firstDate : `${g.firstDate} – ${g.lastDate}`}`),
    );
    for (const c of g.contradictions) io.out(`  ${s.red('✗')} ${explainContradiction(c, explain)}`);
  }
  if (result.ambiguous.length > 0) {
    io.out('');
    io.out(s.bold('Ambiguous (merged into no group)'));
    for (const a of result.ambiguous) io.out(`  ? ${explainAmbiguous(a, explain)}`);
  }
  for (const issue of result.issues) io.out(s.yellow(`! ${issue.code}: ${issue.message}`));
  io.out('');
  io.out(
    s.dim(
      'Amounts are what every agreeing source allows (intersection), in the group’s own currency; --json gives exact values.',
    ),
  );
  return exit;
}
