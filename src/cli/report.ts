import { type AggregateOptions, aggregate, type ConvertedInterval } from '../aggregate/aggregate';
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  type Commitment,
  type CommitmentKind,
  type CommitmentStatus,
  ROLES,
  type Role,
} from '../commitment/model';
import type { Dataset } from '../dataset/types';
import { formatFigure } from '../figure/format-figure';
import { REPORT_OF } from '../figure/locales';
import type { Figure } from '../figure/types';
import { ratioToDecimal } from '../math/ratio';
import { knownCurrency } from '../money/currencies';
import { isIsoDate } from '../rates/dates';
import type { RateProvider } from '../rates/provider';
import { kindText, statusText, WORDS } from '../report/text';
import { formatConverted, formatInterval, style } from './format';
import { CliFailure, type CliIO, ratesFor } from './io';
import { contradictionLine, datasetArgument, loadNamedDataset, reportInput } from './reconcile';
import type { ReportArgs } from './report-args';
import { reportHtml } from './report-html';
import { reportJSON } from './report-json';
import { readableCommitments } from './report-shown';

const list = (values: readonly string[] | undefined) =>
  values?.flatMap((v) =>
    v
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );

function check<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T))
    throw new CliFailure(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
  return value as T;
}

/** Builds the aggregate options from the command line. */
function options(args: ReportArgs, dataset: Dataset, io: CliIO): AggregateOptions {
  const by = check(args.by, ['party', ...ROLES] as ('party' | Role)[], '--by') ?? 'party';
  const kinds = list(args.kind)?.map(
    (k) => check(k, COMMITMENT_KINDS as CommitmentKind[], '--kind') as CommitmentKind,
  );
  const statuses = list(args.status)?.map(
    (s) => check(s, COMMITMENT_STATUSES, '--status') as CommitmentStatus,
  );
  const allocation = check(args.allocation, ['unallocated', 'equal', 'full'] as const, '--allocation');
  const view = check(args.view, ['nominal', 'rounding'] as const, '--view');
  if (args.asOf !== undefined && !isIsoDate(args.asOf))
    throw new CliFailure(`--as-of must be a day such as 2025-09-17; got "${args.asOf}"`);
  const to = args.to?.toUpperCase();
  if (to !== undefined && !knownCurrency(to))
    throw new CliFailure(`--to must be an ISO 4217 currency code such as EUR; got "${args.to}"`);
  if (args.rates !== undefined && to === undefined)
    throw new CliFailure('--rates needs --to (the currency to convert into)');
  if (args.asOf !== undefined && to === undefined)
    throw new CliFailure('--as-of needs --to (the currency to convert into)');
  const rates = to !== undefined ? ratesFor(io, args.rates, dataset) : undefined;
  // One rule with the library: an undated commitment converts at its fallbackDate, here the date of
  // the document it is cited from (none: not converted, NO_RATE).
  const published = new Map<string, string>();
  for (const d of dataset.documents) if (d.publishedDate !== undefined) published.set(d.id, d.publishedDate);
  const citedOn = (c: Commitment) => {
    const source = (c as { readonly source?: { readonly document?: unknown } }).source;
    return typeof source?.document === 'string' ? published.get(source.document) : undefined;
  };
  return {
    by,
    parties: dataset.parties,
    ...(kinds ? { kinds } : {}),
    ...(statuses ? { statuses } : {}),
    ...(allocation ? { allocation } : {}),
    ...(view ? { view } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(rates ? { rates } : {}),
    ...(args.asOf !== undefined ? { asOf: args.asOf } : {}),
    ...(published.size > 0 ? { fallbackDate: citedOn } : {}),
  };
}

const formatAmount = (figure: Figure | undefined) => (figure ? formatFigure(figure) : '');

/** `reckon report`: totals per party, in original currencies and converted. */
export function report(args: ReportArgs, io: CliIO): number {
  const { dataset, name } = loadNamedDataset(io, args.file);
  const opts = options(args, dataset, io);
  const input = reportInput(dataset, opts.rates as RateProvider | undefined, opts.view);
  const result = aggregate(input.commitments, opts);
  if (args.html !== undefined) return reportHtml(args, io, result, dataset, name, input);
  if (args.lang !== undefined) throw new CliFailure('--lang applies to --html only');
  if (args.json) {
    io.out(JSON.stringify(reportJSON(result, dataset, name, input), null, 2));
    return 0;
  }
  const s = style(io.color);
  const approx = (c: ConvertedInterval) => (c.complete ? formatConverted(c) : s.yellow(formatConverted(c)));
  const names = new Map(dataset.parties.map((p) => [p.id, p.name]));
  // Reconciled amounts written as the sources' figures are ("$108.7bn"), not to the cent (K3).
  const shown = input.sources ? readableCommitments(input.commitments) : input.commitments;
  const byId = new Map(shown.map((c) => [c.id, c]));
  const amountOf = (n: { commitment: string; amount?: Figure }) => byId.get(n.commitment)?.amount ?? n.amount;
  // A joint whole with parts: the parts bound each party's share (docs/aggregation.md).
  const withParts = new Set(input.commitments.map((c) => c.partOf));
  const nameOf = (id: string) => names.get(id) ?? id;
  // The text report is English: kinds and statuses in the words of the English HTML page.
  const kind = (k: string) => kindText(k, WORDS.en);
  const status = (x: string) => statusText(x, WORDS.en);
  const allocation =
    result.allocation === 'unallocated'
      ? 'joint commitments unallocated (each party may hold up to all of it, less what its parts give the others)'
      : `joint commitments split: ${result.allocation}`;
  io.out(s.bold(dataset.title ?? dataset.id));
  io.out(s.dim(`Source: ${name}`));
  io.out(s.dim(`Totals by ${result.by} · ${result.view} bounds · ${allocation}`));
  const reconcileIt = `\`reckon reconcile ${datasetArgument(name, dataset)}\``;
  const { unreported } = input;
  if (unreported)
    io.out(
      s.yellow(REPORT_OF.en.mentionsNotReported(unreported.mentions, unreported.contradictions, reconcileIt)),
    );
  io.out('');
  const rows = result.groups.filter(
    (g) => g.count > 0 || g.notAdded.length > 0 || g.withoutAmount.length > 0,
  );
  for (const g of rows) {
    const role = g.role === 'any' ? '' : s.dim(` (${g.role})`);
    io.out(`${s.bold(nameOf(g.party))}${role}`);
    const totals = Object.values(g.totals);
    if (totals.length > 0) {
      const original = totals.map(formatInterval).join(' + ');
      const converted = g.converted ? `   ≈ ${approx(g.converted)}` : '';
      // The documents behind what is added: not those of a part or a mark left out (K14).
      const n = input.sources?.(g.commitments);
      const more =
        (input.sources?.([...g.commitments, ...g.notAdded.map((x) => x.commitment)]) ?? 0) - (n ?? 0);
      const also = more > 0 ? `, ${more} more behind amounts not added` : '';
      const behind = n === undefined ? '' : s.dim(`   (${n} source${n === 1 ? '' : 's'}${also})`);
      io.out(`  total  ${original}${converted}${behind}`);
    }
    for (const id of g.commitments) {
      const c = byId.get(id);
      if (!c) continue;
      const figure = c.amount ? formatFigure(c.amount) : '';
      const own = c.parties.find((p) => p.party === g.party && (g.role === 'any' || p.role === g.role));
      const sharers = c.parties.filter((p) => p.party !== g.party && p.role === own?.role);
      const shown =
        result.allocation === 'equal'
          ? 'shown split equally'
          : result.allocation === 'full'
            ? 'shown in full'
            : 'up to all of it here';
      const joint =
        sharers.length > 0
          ? `; joint with ${sharers.map((p) => nameOf(p.party)).join(', ')}, ${withParts.has(id) && result.allocation !== 'full' ? 'share bounded by its parts' : `no split given (${shown})`}`
          : '';
      io.out(`  · ${figure.padEnd(22)} ${s.dim(`${kind(c.kind)}, ${status(c.status)} — ${id}${joint}`)}`);
    }
    for (const n of g.notAdded)
      io.out(
        `  ${s.dim(`∘ not added (${n.reason === 'notAdditive' ? kind(n.kind) : n.reason === 'partOf' ? `part of ${n.includedIn}` : n.reason}): ${formatAmount(amountOf(n))} — ${n.commitment}`)}`,
      );
    for (const id of g.withoutAmount) io.out(`  ${s.dim(`∘ no amount given — ${id}`)}`);
    // Reports set aside as contradictions are not counted, but never out of sight (G12).
    for (const id of [...g.commitments, ...g.notAdded.map((n) => n.commitment), ...g.withoutAmount]) {
      const set = input.contradictions?.get(id) ?? [];
      if (set.length > 0)
        io.out(
          `  ${s.yellow(`✗ ${set.length} report${set.length === 1 ? ' contradicts' : 's contradict'} ${id}, not counted: ${set.map((c) => contradictionLine(c)).join('; ')}`)}`,
        );
    }
    for (const issue of g.issues) io.out(`  ${s.yellow(`! ${issue.code}: ${issue.message}`)}`);
  }
  const grand = result.grandTotal;
  io.out('');
  const grandOriginal = Object.values(grand.totals).map(formatInterval).join(' + ') || 'nothing';
  io.out(
    `${s.bold('Grand total')} (each commitment once): ${grandOriginal}${grand.converted ? `   ≈ ${approx(grand.converted)}` : ''}`,
  );
  const stocks = grand.notAdded.filter((n) => n.reason === 'notAdditive');
  if (stocks.length > 0) {
    io.out('');
    io.out(s.bold('Not added: stocks and marks, never summed'));
    for (const n of stocks) {
      const c = byId.get(n.commitment);
      const subject = c?.parties.find((p) => p.role === 'subject')?.party;
      const attributed = c?.attributedTo ? ` (per ${c.attributedTo})` : '';
      io.out(
        `  ${subject ? nameOf(subject) : ''}: ${kind(n.kind)} ${formatAmount(amountOf(n))}${attributed} — ${n.commitment}`,
      );
    }
  }
  if (grand.withoutAmount.length > 0) {
    io.out('');
    io.out(s.bold('No amount given (counted, adding nothing)'));
    for (const id of grand.withoutAmount) {
      const c = byId.get(id);
      io.out(`  ${id}: ${c ? kind(c.kind) : ''}, ${c?.parties.map((p) => nameOf(p.party)).join(', ') ?? ''}`);
    }
  }
  for (const issue of grand.issues) io.out(s.yellow(`! ${issue.code}: ${issue.message}`));
  const setAside = [...(input.contradictions?.values() ?? [])].reduce((n, list) => n + list.length, 0);
  if (setAside > 0) {
    io.out('');
    io.out(
      s.yellow(
        `${setAside} report${setAside === 1 ? ' was' : 's were'} set aside as contradicting the others and not counted (✗ above); ${reconcileIt} shows each with the sources it contradicts.`,
      ),
    );
  }
  io.out('');
  if (result.rates.length > 0) {
    io.out(s.dim('Rates used:'));
    for (const r of result.rates) {
      const asked = r.requestedDate !== r.date ? `, the latest fix on or before ${r.requestedDate}` : '';
      io.out(
        s.dim(
          `  1 ${r.base} = ${ratioToDecimal(r.value, 6)} ${r.quote} (${r.source}, fix of ${r.date}${asked})`,
        ),
      );
    }
  }
  io.out(
    s.dim(
      `Bounds: "up to" counts from 0, "more than" has no upper end; intervals shown rounded, exact values with --json.${
        opts.to === undefined ? ' Convert with --to EUR.' : ''
      }`,
    ),
  );
  if (opts.to !== undefined && opts.asOf === undefined && opts.fallbackDate !== undefined) {
    io.out(s.dim('Commitments without a date are converted at the date of the article they are cited from.'));
  }
  return 0;
}
