import type { CommitmentKind, Participation } from '../commitment/model';
import type { Issue } from '../errors/reckon-error';
import { type FigureJSON, figureToJSON } from '../figure/figure-json';
import { ratioToString } from '../math/ratio';
import type { Money } from '../money/money';
import { toDecimalString } from '../money/money';
import { assertResult } from './guard-result';
import type {
  CurrencyReading,
  Mention,
  MentionSource,
  MergeBasis,
  PartyMatch,
  QuantumReading,
  ReconcileInterval,
  ReconcileResult,
} from './types';

/** The JSON form of a {@link Mention}: the figure as {@link FigureJSON}. */
export interface MentionJSON {
  readonly id: string;
  readonly figure: FigureJSON;
  readonly parties: readonly Participation[];
  readonly kind: CommitmentKind;
  readonly date: string;
  readonly source: MentionSource;
  readonly commitment?: string;
  readonly convertedFrom?: string;
}

/** The JSON form of a {@link ReconcileInterval}: decimal strings, exact ends as decimals or "n/d". */
export interface ReconcileIntervalJSON {
  readonly currency: string;
  readonly low: string | null;
  readonly high: string | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
  readonly exactLow: string | null;
  readonly exactHigh: string | null;
}

/** The JSON form of a {@link CurrencyReading}. */
export interface CurrencyReadingJSON {
  readonly currency: string;
  readonly status: CurrencyReading['status'];
  readonly interval?: ReconcileIntervalJSON;
  readonly lowPinnedBy: readonly string[];
  readonly highPinnedBy: readonly string[];
  readonly unchecked?: readonly string[];
}

/** The JSON form of a {@link Contradiction}: `pinnedBy` as mention ids. */
export interface ContradictionJSON {
  readonly mention: MentionJSON;
  readonly group: string;
  readonly basis: 'explicitId' | 'nearMiss' | 'convertedFrom';
  readonly currency: string;
  readonly interval: ReconcileIntervalJSON;
  readonly others: ReconcileIntervalJSON;
  readonly side: 'above' | 'below';
  readonly pinnedBy: readonly string[];
  readonly gap: string;
  readonly gapBps: number;
  readonly roundingMayExplain: boolean;
  readonly scaleFactor?: string;
}

/** The JSON form of a {@link MergeEvidence}. */
export interface MergeEvidenceJSON {
  readonly mention: string;
  readonly basis: MergeBasis;
  readonly convertedFrom?: string;
  readonly sharedParties: readonly Participation[];
  readonly spanDays: number;
  readonly currency: string;
  readonly interval?: ReconcileIntervalJSON;
  readonly overlap?: ReconcileIntervalJSON;
  readonly alsoFits: readonly string[];
}

/** The JSON form of a {@link ReconciledCommitment}. */
export interface ReconciledCommitmentJSON {
  readonly id: string;
  readonly explicit: boolean;
  readonly kind: CommitmentKind;
  readonly parties: readonly Participation[];
  readonly firstDate: string;
  readonly lastDate: string;
  readonly mentions: readonly MentionJSON[];
  readonly sources: number;
  readonly denomination: string;
  readonly readings: readonly CurrencyReadingJSON[];
  readonly converted?: {
    readonly interval: ReconcileIntervalJSON;
    readonly from: string;
    readonly rate?: {
      readonly value: string;
      readonly date: string;
      readonly requestedDate: string;
      readonly source: string;
    };
  };
  readonly evidence: readonly MergeEvidenceJSON[];
  readonly contradictions: readonly ContradictionJSON[];
  readonly tie: boolean;
  readonly kindSplit?: readonly { readonly id: string; readonly kind: string }[];
}

/** The JSON form of a {@link ReconcileResult}. */
export interface ReconcileResultJSON {
  readonly groups: readonly ReconciledCommitmentJSON[];
  readonly ambiguous: readonly { readonly mention: MentionJSON; readonly candidates: readonly string[] }[];
  readonly issues: readonly Issue[];
  readonly settings: {
    readonly windowDays: number;
    readonly partyMatch: PartyMatch;
    readonly quantum: QuantumReading;
    readonly nearMissBps: number;
    readonly to?: string;
  };
}

const trim = { trim: true } as const;
const dec = (m: Money | null) => (m === null ? null : toDecimalString(m, trim));

function mentionToJSON(m: Mention): MentionJSON {
  return {
    id: m.id,
    figure: figureToJSON(m.figure),
    parties: m.parties.map((p) => ({ party: p.party, role: p.role })),
    kind: m.kind,
    date: m.date,
    source: { ...m.source },
    ...(m.commitment !== undefined ? { commitment: m.commitment } : {}),
    ...(m.convertedFrom !== undefined ? { convertedFrom: m.convertedFrom } : {}),
  };
}

function intervalToJSON(iv: ReconcileInterval): ReconcileIntervalJSON {
  return {
    currency: iv.currency,
    low: dec(iv.low),
    high: dec(iv.high),
    lowInclusive: iv.lowInclusive,
    highInclusive: iv.highInclusive,
    exactLow: iv.exactLow === null ? null : ratioToString(iv.exactLow),
    exactHigh: iv.exactHigh === null ? null : ratioToString(iv.exactHigh),
  };
}

/**
 * Writes a {@link ReconcileResult} as JSON-safe data: money as decimal strings in major units (rounded
 * outward to the minor unit), exact ends and rates as decimal or "n/d" strings, figures as
 * {@link FigureJSON}, and the mentions that pin an end by id. `JSON.stringify` of the result itself
 * throws (dinero.js bigint objects). {@link reconcileResultFromJSON} reads it back to an equal result.
 *
 * @param result - from {@link reconcile}
 * @returns plain data for `JSON.stringify`
 * @example
 * ```ts
 * JSON.stringify(reconcileResultToJSON(reconcile(mentions, { rates })), null, 2);
 * ```
 */
export function reconcileResultToJSON(result: ReconcileResult): ReconcileResultJSON {
  assertResult(result, 'result');
  return {
    groups: result.groups.map((g) => ({
      id: g.id,
      explicit: g.explicit,
      kind: g.kind,
      parties: g.parties.map((p) => ({ party: p.party, role: p.role })),
      firstDate: g.firstDate,
      lastDate: g.lastDate,
      mentions: g.mentions.map(mentionToJSON),
      sources: g.sources,
      denomination: g.denomination,
      readings: g.readings.map((r) => ({
        currency: r.currency,
        status: r.status,
        ...(r.interval ? { interval: intervalToJSON(r.interval) } : {}),
        lowPinnedBy: [...r.lowPinnedBy],
        highPinnedBy: [...r.highPinnedBy],
        ...(r.unchecked ? { unchecked: [...r.unchecked] } : {}),
      })),
      ...(g.converted
        ? {
            converted: {
              interval: intervalToJSON(g.converted.interval),
              from: g.converted.from,
              ...(g.converted.rate
                ? {
                    rate: {
                      value: ratioToString(g.converted.rate.value),
                      date: g.converted.rate.date,
                      requestedDate: g.converted.rate.requestedDate,
                      source: g.converted.rate.source,
                    },
                  }
                : {}),
            },
          }
        : {}),
      evidence: g.evidence.map((e) => ({
        mention: e.mention,
        basis: e.basis,
        ...(e.convertedFrom !== undefined ? { convertedFrom: e.convertedFrom } : {}),
        sharedParties: e.sharedParties.map((p) => ({ party: p.party, role: p.role })),
        spanDays: e.spanDays,
        currency: e.currency,
        ...(e.interval ? { interval: intervalToJSON(e.interval) } : {}),
        ...(e.overlap ? { overlap: intervalToJSON(e.overlap) } : {}),
        alsoFits: [...e.alsoFits],
      })),
      contradictions: g.contradictions.map((c) => ({
        mention: mentionToJSON(c.mention),
        group: c.group,
        basis: c.basis,
        currency: c.currency,
        interval: intervalToJSON(c.interval),
        others: intervalToJSON(c.others),
        side: c.side,
        pinnedBy: c.pinnedBy.map((m) => m.id),
        gap: ratioToString(c.gap),
        gapBps: c.gapBps,
        roundingMayExplain: c.roundingMayExplain,
        ...(c.scaleFactor !== undefined ? { scaleFactor: c.scaleFactor } : {}),
      })),
      tie: g.tie,
      ...(g.kindSplit ? { kindSplit: g.kindSplit.map((k) => ({ id: k.id, kind: k.kind })) } : {}),
    })),
    ambiguous: result.ambiguous.map((a) => ({
      mention: mentionToJSON(a.mention),
      candidates: [...a.candidates],
    })),
    issues: result.issues.map((i) => ({ ...i, path: [...i.path] })),
    settings: { ...result.settings },
  };
}
