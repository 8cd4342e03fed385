import { formatDay } from '../rates/dates';
import {
  bps,
  figureText,
  interval,
  kindWord,
  label,
  list,
  mentionById,
  party,
  quoted,
  words,
} from './explain-words';
import { assertAmbiguous, assertContradiction, assertEvidence, assertGroup } from './guard-result';
import { ceilingDocuments, countedAsCeiling } from './to-commitments';
import type {
  AmbiguousMention,
  Contradiction,
  ExplainReconcileOptions,
  MergeEvidence,
  ReconciledCommitment,
} from './types';

export type { ExplainReconcileOptions } from './types';

/**
 * Explains why one mention is in a group, in a sentence: the explicit id, the conversion it is, or the
 * parties, kind, dates and amounts it shares with the others.
 *
 * @param group - a group from {@link reconcile}
 * @param evidence - one of `group.evidence`
 * @param options - {@link ExplainReconcileOptions}
 * @returns the sentence
 * @example
 * ```ts
 * const g = reconcile(mentions, { rates }).groups[0];
 * explainMerge(g, g.evidence[0]);
 * // '“$30bn” (ITPro, 17 Sep 2025) joined: the same investor microsoft as the others, …'
 * ```
 */
export function explainMerge(
  group: ReconciledCommitment,
  evidence: MergeEvidence,
  options: ExplainReconcileOptions = {},
): string {
  assertGroup(group, 'group');
  assertEvidence(evidence, 'evidence');
  const w = words(options, 'explainMerge');
  const m = mentionById(group, evidence.mention);
  const who = m ? label(w, m) : evidence.mention;
  const allows = evidence.interval
    ? w.s.allows(evidence.currency, interval(w, evidence.interval))
    : w.s.noRateReads(evidence.currency);
  switch (evidence.basis) {
    case 'explicitId':
      return w.s.explicitId(who, group.id, allows, interval(w, evidence.overlap));
    case 'convertedFrom': {
      const from = evidence.convertedFrom ? mentionById(group, evidence.convertedFrom) : undefined;
      const of = from ? quoted(w, figureText(w, from)) : (evidence.convertedFrom ?? '');
      return w.s.convertedFrom(who, of, allows);
    }
    case 'heuristic': {
      const shared = evidence.sharedParties.map((p) =>
        w.s.sameParty(w.s.roles[p.role], w.names.get(p.party) ?? p.party),
      );
      const parties = shared.length > 0 ? list(w, shared, 4) : w.s.compatibleParties;
      const kind = kindWord(w, m?.kind ?? group.kind, false);
      const base = w.s.joined(who, parties, kind, evidence.spanDays, allows, interval(w, evidence.overlap));
      if (evidence.alsoFits.length === 0) return base;
      return w.s.alsoFits(base, list(w, evidence.alsoFits, 5));
    }
  }
}

/**
 * Explains a contradiction: the mention, what it allows, how far it is from what the others allow, and
 * which sources set that end; whether rounding or a slipped power of ten would explain it.
 *
 * @param contradiction - one of a group's `contradictions`
 * @param options - {@link ExplainReconcileOptions}
 * @returns one to three sentences
 * @example
 * ```ts
 * explainContradiction(group.contradictions[0]);
 * // '“30 Milliarden Pfund” (Byte Bucket, 16 Sep 2025) contradicts the other mentions of group:07#0: …'
 * ```
 */
export function explainContradiction(
  contradiction: Contradiction,
  options: ExplainReconcileOptions = {},
): string {
  assertContradiction(contradiction, 'contradiction');
  const w = words(options, 'explainContradiction');
  const c = contradiction;
  const who = label(w, c.mention);
  const mine = interval(w, c.interval);
  const others = interval(w, c.others);
  const pins = list(
    w,
    c.pinnedBy.map((m) => label(w, m)),
  );
  const gap = bps(w, c.gapBps);
  const side = w.s.sides[c.side];
  const parts = [
    c.basis === 'convertedFrom'
      ? w.s.notConversion(who, pins, c.currency, mine, gap, side, others)
      : w.s.contradicts(who, c.group, c.currency, mine, gap, side, others, pins, c.pinnedBy.length),
  ];
  if (c.roundingMayExplain) parts.push(w.s.roundingMayExplain);
  if (c.scaleFactor !== undefined) parts.push(w.s.scaleMayExplain(c.scaleFactor));
  return parts.join(' ');
}

/**
 * Explains an ambiguous mention: which groups it fits, and that it was merged into none.
 *
 * @param ambiguous - one of `result.ambiguous`
 * @param options - {@link ExplainReconcileOptions}
 * @returns the sentence
 * @example
 * ```ts
 * explainAmbiguous(result.ambiguous[0]);
 * // '“more than €100bn” (Deutschlandfunk, 18 Sep 2025) fits 2 groups (…) and was merged into none of them.'
 * ```
 */
export function explainAmbiguous(ambiguous: AmbiguousMention, options: ExplainReconcileOptions = {}): string {
  assertAmbiguous(ambiguous, 'ambiguous');
  const w = words(options, 'explainAmbiguous');
  const n = ambiguous.candidates.length;
  const ids = list(w, ambiguous.candidates, 5);
  return w.s.ambiguous(label(w, ambiguous.mention), n, ids);
}

/**
 * Explains a group: how many mentions and sources, what they allow together and which mentions set
 * each end, the converted amount, then one sentence per merge and per contradiction.
 *
 * @param group - a group from {@link reconcile}
 * @param options - {@link ExplainReconcileOptions}
 * @returns the explanation, one sentence per line
 * @example
 * ```ts
 * explainGroup(result.groups[0], { language: 'de' });
 * ```
 */
export function explainGroup(group: ReconciledCommitment, options: ExplainReconcileOptions = {}): string {
  assertGroup(group, 'group');
  const w = words(options, 'explainGroup');
  const kind = kindWord(w, group.kind, true);
  const reading = group.readings.find((r) => r.currency === group.denomination);
  const parties = list(
    w,
    group.parties.map((p) => party(w, p)),
    4,
  );
  const days =
    group.firstDate === group.lastDate
      ? formatDay(group.firstDate, w.language)
      : `${formatDay(group.firstDate, w.language)} ${w.s.to} ${formatDay(group.lastDate, w.language)}`;
  const labels = (ids: readonly string[]) =>
    list(
      w,
      ids.map((id) => {
        const m = mentionById(group, id);
        return m ? label(w, m) : id;
      }),
    );
  const n = group.mentions.length;
  const lines: string[] = [];
  const allows = interval(w, reading?.interval);
  if (n === 1 && group.mentions[0]) {
    lines.push(w.s.single(label(w, group.mentions[0]), kind, parties, allows));
  } else {
    const pins =
      reading && (reading.lowPinnedBy.length > 0 || reading.highPinnedBy.length > 0)
        ? w.s.pins(labels(reading.lowPinnedBy), reading.lowPinnedBy.length, labels(reading.highPinnedBy))
        : '';
    lines.push(w.s.many(n, group.sources, kind, parties, days, group.denomination, allows, pins));
  }
  if (reading?.unchecked?.length) {
    lines.push(w.s.unchecked(group.denomination, labels(reading.unchecked)));
  }
  const ceilings = ceilingDocuments(group);
  if (countedAsCeiling(group) && ceilings < group.sources) {
    lines.push(w.s.ceiling(ceilings, group.sources));
  }
  const conv = group.converted;
  if (conv?.rate) {
    lines.push(
      w.s.converted(
        conv.interval.currency,
        interval(w, conv.interval),
        conv.rate.source,
        formatDay(conv.rate.date, w.language),
      ),
    );
  }
  if (group.tie) {
    lines.push(w.s.tie);
  }
  if (group.kindSplit?.length) {
    const others = list(
      w,
      group.kindSplit.map((k) => `${k.id} (${kindWord(w, k.kind, false)})`),
    );
    lines.push(w.s.kindSplit(others, group.kindSplit.length));
  }
  for (const e of group.evidence) lines.push(explainMerge(group, e, options));
  for (const c of group.contradictions) lines.push(explainContradiction(c, options));
  return lines.join('\n');
}
