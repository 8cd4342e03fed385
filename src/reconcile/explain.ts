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
  pick,
  quoted,
  ROLE_WORDS,
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
    ? w.de
      ? `in ${evidence.currency} gelesen erlaubt es ${interval(w, evidence.interval)}`
      : `read in ${evidence.currency} it allows ${interval(w, evidence.interval)}`
    : w.de
      ? `in ${evidence.currency} lässt es sich mangels Kurs nicht lesen`
      : `no rate reads it in ${evidence.currency}`;
  switch (evidence.basis) {
    case 'explicitId':
      return w.de
        ? `${who} trägt die Kennung ${group.id}; ${allows}, alle Erwähnungen zusammen ${interval(w, evidence.overlap)}.`
        : `${who} carries the commitment id ${group.id}; ${allows}, and all its mentions together allow ${interval(w, evidence.overlap)}.`;
    case 'convertedFrom': {
      const from = evidence.convertedFrom ? mentionById(group, evidence.convertedFrom) : undefined;
      const of = from ? quoted(w, figureText(w, from)) : (evidence.convertedFrom ?? '');
      return w.de
        ? `${who} ist die Umrechnung von ${of} in derselben Quelle: ${allows}, was die umgerechnete Zahl (auf τ genau) trifft.`
        : `${who} is the source's own conversion of ${of}: ${allows}, which meets the figure it converts (to within τ).`;
    }
    case 'heuristic': {
      const shared = evidence.sharedParties.map((p) =>
        w.de
          ? `derselbe ${pick(w, ROLE_WORDS[p.role])} ${w.names.get(p.party) ?? p.party}`
          : `the same ${pick(w, ROLE_WORDS[p.role])} ${w.names.get(p.party) ?? p.party}`,
      );
      const parties =
        shared.length > 0 ? list(w, shared, 4) : w.de ? 'verträgliche Parteien' : 'compatible parties';
      const kind = kindWord(w, m?.kind ?? group.kind, false);
      const base = w.de
        ? `${who} gehört dazu: ${parties} wie bei den anderen, dieselbe Art (${kind}), ${evidence.spanDays} ${evidence.spanDays === 1 ? 'Tag' : 'Tage'} von der ersten bis zur letzten Erwähnung, und ${allows}, womit für alle ${interval(w, evidence.overlap)} bleibt.`
        : `${who} joined: ${parties} as in the others, the same kind (${kind}), ${evidence.spanDays} ${evidence.spanDays === 1 ? 'day' : 'days'} from the first mention to the last, and ${allows}, which leaves ${interval(w, evidence.overlap)} for all.`;
      if (evidence.alsoFits.length === 0) return base;
      return w.de
        ? `${base} Sein Betrag passte auch zu ${list(w, evidence.alsoFits, 5)}, aber nur diese Gruppe erreicht den geschriebenen Wert.`
        : `${base} Its amount would also fit ${list(w, evidence.alsoFits, 5)}, but only this group reaches its written value.`;
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
  const side = w.de ? (c.side === 'above' ? 'über' : 'unter') : c.side;
  const parts = [
    c.basis === 'convertedFrom'
      ? w.de
        ? `${who} ist keine Umrechnung von ${pins} in derselben Quelle: in ${c.currency} gelesen erlaubt es ${mine}, ${gap} bp ${side} ${others}.`
        : `${who} is not a conversion of ${pins}, which it stands beside in its source: read in ${c.currency} it allows ${mine}, ${gap} bp ${side} ${others}.`
      : w.de
        ? `${who} widerspricht den anderen Erwähnungen von ${c.group}: in ${c.currency} gelesen erlaubt es ${mine}, ${gap} bp ${side} den ${others}, die ${pins} ${c.pinnedBy.length === 1 ? 'erlaubt' : 'erlauben'}.`
        : `${who} contradicts the other mentions of ${c.group}: read in ${c.currency} it allows ${mine}, ${gap} bp ${side} the ${others} that ${pins} ${c.pinnedBy.length === 1 ? 'allows' : 'allow'}.`,
  ];
  if (c.roundingMayExplain) {
    parts.push(
      w.de
        ? 'Liest man seine Nullen als Rundung (nur die führenden Stellen gelten), passt es.'
        : 'Read as rounded to its leading digits (its trailing zeros as rounding), it would fit.',
    );
  }
  if (c.scaleFactor !== undefined) {
    parts.push(
      w.de
        ? `Mit ${c.scaleFactor} multipliziert passte es: ein verrutschtes Komma oder Größenwort?`
        : `Multiplied by ${c.scaleFactor} it would fit: a slipped decimal point or scale word?`,
    );
  }
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
  return w.de
    ? `${label(w, ambiguous.mention)} passt zu ${n} Gruppen (${ids}) und wurde keiner zugeordnet.`
    : `${label(w, ambiguous.mention)} fits ${n} groups (${ids}) and was merged into none of them.`;
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
      : `${formatDay(group.firstDate, w.language)} ${w.de ? 'bis' : 'to'} ${formatDay(group.lastDate, w.language)}`;
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
    lines.push(
      w.de
        ? `Eine Erwähnung, ${label(w, group.mentions[0])}, ist ${kind} für sich (${parties}): sie erlaubt ${allows}.`
        : `One mention, ${label(w, group.mentions[0])}, is ${kind} of its own (${parties}): it allows ${allows}.`,
    );
  } else {
    const pins =
      reading && (reading.lowPinnedBy.length > 0 || reading.highPinnedBy.length > 0)
        ? w.de
          ? `; die untere Grenze setzt ${labels(reading.lowPinnedBy)}, die obere ${labels(reading.highPinnedBy)}`
          : `; ${labels(reading.lowPinnedBy)} set${reading.lowPinnedBy.length === 1 ? 's' : ''} the low end, ${labels(reading.highPinnedBy)} the high end`
        : '';
    lines.push(
      w.de
        ? `${n} Erwähnungen aus ${group.sources} ${group.sources === 1 ? 'Quelle' : 'Quellen'} sind ${kind} (${parties}), ${days}: in ${group.denomination} gelesen erlauben sie zusammen ${allows}${pins}.`
        : `${n} mentions from ${group.sources} source${group.sources === 1 ? '' : 's'} are ${kind} (${parties}), ${days}: read in ${group.denomination} they allow ${allows} together${pins}.`,
    );
  }
  if (reading?.unchecked?.length) {
    lines.push(
      w.de
        ? `Nicht geprüft, weil ein Kurs nach ${group.denomination} fehlt: ${labels(reading.unchecked)}; der Betrag ist, was die anderen erlauben.`
        : `Not checked, for want of a rate into ${group.denomination}: ${labels(reading.unchecked)}; the amount is what the others allow.`,
    );
  }
  const ceilings = ceilingDocuments(group);
  if (countedAsCeiling(group) && ceilings < group.sources) {
    lines.push(
      w.de
        ? `${ceilings} von ${group.sources} Quellen schreiben „bis zu“: gezählt wird es als Obergrenze, nicht als fester Betrag.`
        : `${ceilings} of ${group.sources} sources say “up to”: it is counted as a ceiling, not as a firm amount.`,
    );
  }
  const conv = group.converted;
  if (conv?.rate) {
    lines.push(
      w.de
        ? `In ${conv.interval.currency}: ${interval(w, conv.interval)} zum Kurs (${conv.rate.source}) vom ${formatDay(conv.rate.date, w.language)}.`
        : `In ${conv.interval.currency}: ${interval(w, conv.interval)} at the ${conv.rate.source} rate of ${formatDay(conv.rate.date, w.language)}.`,
    );
  }
  if (group.tie) {
    lines.push(
      w.de
        ? 'Andere Erwähnungen erlauben einen anderen Betrag, und keine Seite hat eine klare Mehrheit: welche widersprechen, ist offen; gezählt wird die Spanne beider Beträge.'
        : 'Other mentions allow another amount and no side has a clear majority: which of them contradict is a tie, and totals count the span of both amounts.',
    );
  }
  if (group.kindSplit?.length) {
    const others = list(
      w,
      group.kindSplit.map((k) => `${k.id} (${kindWord(w, k.kind, false)})`),
    );
    lines.push(
      w.de
        ? `Nur in der Art unterscheidet sich ${others}: dieselben Parteien, Tage und Beträge. Getrennt gehalten, zählen Summen beide; sind die Arten eine Zusage, fasst kindGroups sie zusammen.`
        : `${others} differ${group.kindSplit.length === 1 ? 's' : ''} from it only by kind: the same parties, dates and amount. Kept apart, totals count both; if the kinds are one commitment, kindGroups makes them one.`,
    );
  }
  for (const e of group.evidence) lines.push(explainMerge(group, e, options));
  for (const c of group.contradictions) lines.push(explainContradiction(c, options));
  return lines.join('\n');
}
