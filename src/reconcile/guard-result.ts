import {
  assertArray,
  assertRecord,
  assertString,
  hasOwn,
  invalidArgument,
  optionalOneOf,
  readKnownOptions,
} from '../_lib/guards';
import { COMMITMENT_KINDS, ROLES } from '../commitment/model';
import { assertIsoDate } from '../rates/dates';
import type {
  AmbiguousMention,
  Contradiction,
  ExplainReconcileOptions,
  MergeEvidence,
  ReconciledCommitment,
  ReconcileResult,
} from './types';
import { assertMentionFields, assertMoney } from './validate';

/*
 * Guards for what reconcile returned, when it comes back to explain* or reconcileResultToJSON: from
 * plain JavaScript or a hand-made object, types are no defence. Each names the path of what is wrong.
 */

function oneOf(value: unknown, allowed: readonly string[], path: string): void {
  if (!allowed.includes(value as string))
    throw invalidArgument(path, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value);
}

function each(value: unknown, path: string, check: (x: unknown, at: string) => void): void {
  const list = assertArray(value, path);
  for (let i = 0; i < list.length; i++) check(list[i], `${path}[${i}]`);
}

function strings(value: unknown, path: string): void {
  each(value, path, (x, at) => {
    assertString(x, at);
  });
}

function finite(value: unknown, path: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw invalidArgument(path, 'a finite number', value);
}

function mention(value: unknown, path: string): void {
  const m = assertRecord(value, path);
  assertString(m.id, `${path}.id`);
  assertMentionFields(m, path);
}

function participations(value: unknown, path: string): void {
  assertArray(value, path).forEach((p, i) => {
    const r = assertRecord(p, `${path}[${i}]`);
    assertString(r.party, `${path}[${i}].party`);
    oneOf(r.role, ROLES, `${path}[${i}].role`);
  });
}

function interval(value: unknown, path: string, optional = false): void {
  if (optional && value === undefined) return;
  const iv = assertRecord(value, path);
  assertString(iv.currency, `${path}.currency`);
  for (const end of ['low', 'high'] as const) if (iv[end] !== null) assertMoney(iv[end], `${path}.${end}`);
}

/** Reads the options of the explain functions. @internal */
export function readExplainOptions(
  options: ExplainReconcileOptions | undefined,
  fn: string,
): ExplainReconcileOptions {
  const o = readKnownOptions(options, ['language', 'parties'], fn);
  optionalOneOf(o.language, ['en', 'de'] as const, 'options.language');
  if (o.parties !== undefined) {
    assertArray(o.parties, 'options.parties').forEach((p, i) => {
      const r = assertRecord(p, `options.parties[${i}]`);
      assertString(r.id, `options.parties[${i}].id`);
      assertString(r.name, `options.parties[${i}].name`);
    });
  }
  return o;
}

/** Checks a merge's evidence. @internal */
export function assertEvidence(value: unknown, path: string): asserts value is MergeEvidence {
  const e = assertRecord(value, path);
  assertString(e.mention, `${path}.mention`);
  oneOf(e.basis, ['explicitId', 'convertedFrom', 'heuristic'], `${path}.basis`);
  if (e.convertedFrom !== undefined) assertString(e.convertedFrom, `${path}.convertedFrom`);
  participations(e.sharedParties, `${path}.sharedParties`);
  finite(e.spanDays, `${path}.spanDays`);
  assertString(e.currency, `${path}.currency`);
  interval(e.interval, `${path}.interval`, true);
  interval(e.overlap, `${path}.overlap`, true);
  strings(e.alsoFits, `${path}.alsoFits`);
}

/** Checks a contradiction. @internal */
export function assertContradiction(value: unknown, path: string): asserts value is Contradiction {
  const c = assertRecord(value, path);
  mention(c.mention, `${path}.mention`);
  assertString(c.group, `${path}.group`);
  oneOf(c.basis, ['explicitId', 'nearMiss', 'convertedFrom'], `${path}.basis`);
  assertString(c.currency, `${path}.currency`);
  interval(c.interval, `${path}.interval`);
  interval(c.others, `${path}.others`);
  oneOf(c.side, ['above', 'below'], `${path}.side`);
  each(c.pinnedBy, `${path}.pinnedBy`, mention);
  finite(c.gapBps, `${path}.gapBps`);
  if (c.scaleFactor !== undefined) assertString(c.scaleFactor, `${path}.scaleFactor`);
}

/** Checks an ambiguous mention. @internal */
export function assertAmbiguous(value: unknown, path: string): asserts value is AmbiguousMention {
  const a = assertRecord(value, path);
  mention(a.mention, `${path}.mention`);
  strings(a.candidates, `${path}.candidates`);
}

/** Checks a reconciled group. @internal */
export function assertGroup(value: unknown, path: string): asserts value is ReconciledCommitment {
  const g = assertRecord(value, path);
  assertString(g.id, `${path}.id`);
  oneOf(g.kind, COMMITMENT_KINDS, `${path}.kind`);
  participations(g.parties, `${path}.parties`);
  assertIsoDate(g.firstDate, `${path}.firstDate`);
  assertIsoDate(g.lastDate, `${path}.lastDate`);
  each(g.mentions, `${path}.mentions`, mention);
  finite(g.sources, `${path}.sources`);
  assertString(g.denomination, `${path}.denomination`);
  assertArray(g.readings, `${path}.readings`).forEach((r, i) => {
    const at = `${path}.readings[${i}]`;
    const x = assertRecord(r, at);
    assertString(x.currency, `${at}.currency`);
    oneOf(x.status, ['consistent', 'empty', 'noRate'], `${at}.status`);
    interval(x.interval, `${at}.interval`, true);
    strings(x.lowPinnedBy, `${at}.lowPinnedBy`);
    strings(x.highPinnedBy, `${at}.highPinnedBy`);
    if (x.unchecked !== undefined) strings(x.unchecked, `${at}.unchecked`);
  });
  if (hasOwn(g, 'converted') && g.converted !== undefined) {
    const c = assertRecord(g.converted, `${path}.converted`);
    interval(c.interval, `${path}.converted.interval`);
    assertString(c.from, `${path}.converted.from`);
    if (c.rate !== undefined) {
      const r = assertRecord(c.rate, `${path}.converted.rate`);
      assertRecord(r.value, `${path}.converted.rate.value`);
      assertIsoDate(r.date, `${path}.converted.rate.date`);
    }
  }
  each(g.evidence, `${path}.evidence`, assertEvidence);
  each(g.contradictions, `${path}.contradictions`, assertContradiction);
  if (hasOwn(g, 'kindSplit') && g.kindSplit !== undefined)
    assertArray(g.kindSplit, `${path}.kindSplit`).forEach((k, i) => {
      const x = assertRecord(k, `${path}.kindSplit[${i}]`);
      assertString(x.id, `${path}.kindSplit[${i}].id`);
      oneOf(x.kind, COMMITMENT_KINDS, `${path}.kindSplit[${i}].kind`);
    });
}

/** Checks a whole result. @internal */
export function assertResult(value: unknown, path: string): asserts value is ReconcileResult {
  const r = assertRecord(value, path);
  each(r.groups, `${path}.groups`, assertGroup);
  each(r.ambiguous, `${path}.ambiguous`, assertAmbiguous);
  assertArray(r.issues, `${path}.issues`);
  assertRecord(r.settings, `${path}.settings`);
}
