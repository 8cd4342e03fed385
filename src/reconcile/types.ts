import type { CommitmentKind, Participation, Party } from '../commitment/model';
import type { Issue } from '../errors/reckon-error';
import type { Figure, FigureLanguage } from '../figure/types';
import type { Ratio } from '../math/ratio';
import type { Money } from '../money/money';
import type { RatesLike } from '../rates/to-provider';

/** Where a mention was reported. */
export interface MentionSource {
  /** The document's id or address: mentions with the same `document` come from one source. */
  readonly document: string;
  /** The document's address, when it has one. */
  readonly url?: string;
  /** Who published it ("ITPro", "wallstreetONLINE"). */
  readonly publisher?: string;
  /** The passage quoted ("£22 billion ($30bn)"). */
  readonly quote?: string;
}

/**
 * One report of a commitment: a cited figure with its parties, kind, date and source. Many mentions
 * may report one commitment ("£22bn" in one article, "$30bn" in another); {@link reconcile} finds them.
 */
export interface Mention {
  /** Unique among the mentions given. */
  readonly id: string;
  /** The figure as reported. */
  readonly figure: Figure;
  /** The parties as the source names them, in their roles (names or ids; see `aliases`). */
  readonly parties: readonly Participation[];
  readonly kind: CommitmentKind;
  /** The day of the report (ISO), which picks the conversion rate and places it in the window. */
  readonly date: string;
  readonly source: MentionSource;
  /** An explicit commitment id: mentions with one id are one commitment, whatever the heuristics say. */
  readonly commitment?: string;
  /**
   * The id of the mention, in the same document, that this figure converts ("£22bn ($30bn)": the
   * "$30bn" mention has `convertedFrom` set to the "£22bn" mention's id).
   */
  readonly convertedFrom?: string;
}

/**
 * How the parties of two mentions must agree:
 * - `exact`: the same parties in the same roles;
 * - `subset`: every party one names, in its role, is named by the other in the same role;
 * - `nested` (default): every party one names is named by the other, and at least one party has the
 *   same role in both (sources word the roles of co-investors and recipients differently).
 */
export type PartyMatch = 'exact' | 'subset' | 'nested';

/**
 * How to read the rounding of a figure: `written` (default) takes the quantum its digits imply
 * ("$700 million" is to the million); `significant` reads trailing zeros of a whole number as rounding
 * ("$700 million" is to the nearest $100m).
 */
export type QuantumReading = 'written' | 'significant';

/** Options for {@link reconcile}. */
export interface ReconcileOptions {
  /** Rates to compare mentions in different currencies (the fix on or before each mention's date). */
  readonly rates?: RatesLike;
  /** Also give each group's intersection in this currency, converted at the group's first date. */
  readonly to?: string;
  /** The most days between the first and the last mention of one group. @defaultValue 14 */
  readonly windowDays?: number;
  /** Names or ids mapped to party ids ("Microsoft Corp." → "microsoft"); matched ignoring case and spacing. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Parties whose `name` and `aliases` map to their `id`, as `aliases` does; also names in explanations. */
  readonly parties?: readonly Party[];
  /** @defaultValue "nested" */
  readonly partyMatch?: PartyMatch;
  /**
   * Kinds that may be one commitment, e.g. `[['investment', 'pledge']]`. By default a mention only
   * matches mentions of the same kind.
   */
  readonly kindGroups?: readonly (readonly CommitmentKind[])[];
  /**
   * How far (basis points) an amount converted at the fix of its own day may be from the writer's:
   * one day's move. Default per pair, as {@link defaultToleranceBps}: EUR/GBP 44, GBP/USD 67, EUR/USD 70,
   * others 100.
   */
  readonly toleranceBps?: number;
  /**
   * A mention on its own that misses a group (of at least two sources) it otherwise matches by at most
   * this many basis points is a contradiction of that group, not a commitment of its own; figures with
   * a one-sided qualifier ("up to £11bn") only join a group whose amount is within this distance of
   * their written value. @defaultValue 5000 (50 %)
   */
  readonly nearMissBps?: number;
  /** @defaultValue "written" */
  readonly quantum?: QuantumReading;
  /** See {@link FigureBoundsOptions}. @defaultValue "0.1" */
  readonly almostBand?: string;
  /** See {@link FigureBoundsOptions}. @defaultValue "0" */
  readonly aboutBand?: string;
  /**
   * Commitment key → the key of the whole it is part of, as {@link reconciledCommitments} takes it: a
   * part and its whole are never named in a `KEY_SPLIT` issue.
   */
  readonly partOf?: Readonly<Record<string, string>>;
}

/** An exact interval of money, rounded outward to the currency's minor unit (`null`: unbounded). */
export interface ReconcileInterval {
  readonly currency: string;
  readonly low: Money | null;
  readonly high: Money | null;
  /** Whether the exact low end is in the interval (the Money end, rounded outward, keeps the flag). */
  readonly lowInclusive: boolean;
  /** Whether the exact high end is in the interval (the Money end, rounded outward, keeps the flag). */
  readonly highInclusive: boolean;
  /** The exact lower end before rounding to the minor unit. */
  readonly exactLow: Ratio | null;
  /** The exact upper end before rounding to the minor unit. */
  readonly exactHigh: Ratio | null;
}

/**
 * A group's mentions read as amounts in one currency: each converted at the fix of its own day and
 * widened by τ when it was converted, then intersected.
 *
 * - `consistent`: they have a common amount, `interval`;
 * - `empty`: read in this currency they have none (another currency may still hold them together);
 * - `noRate`: some mention could not be converted into it (no rate): `unchecked` names them, and
 *   `interval`, when there is one, is what the others allow together.
 */
export interface CurrencyReading {
  readonly currency: string;
  readonly status: 'consistent' | 'empty' | 'noRate';
  readonly interval?: ReconcileInterval;
  /** The mentions whose bound is the lower end. */
  readonly lowPinnedBy: readonly string[];
  /** The mentions whose bound is the upper end. */
  readonly highPinnedBy: readonly string[];
  /**
   * `noRate` only: the mentions that could not be converted into this currency, by id. They are left
   * unchecked here, and `interval` is what the others allow.
   */
  readonly unchecked?: readonly string[];
}

/** A group's intersection converted into `options.to`, with the rate used. */
export interface ConvertedReading {
  readonly interval: ReconcileInterval;
  /** The currency converted from (the group's denomination). */
  readonly from: string;
  /** The fix used (`to` per `from`), on or before `requestedDate`; absent when `from` is `to`. */
  readonly rate?: {
    readonly value: Ratio;
    readonly date: string;
    readonly requestedDate: string;
    readonly source: string;
  };
}

/** Why a mention is in a group. */
export type MergeBasis = 'explicitId' | 'convertedFrom' | 'heuristic';

/** The evidence for one mention joining a group, for {@link explainMerge}. */
export interface MergeEvidence {
  /** The mention that joined. */
  readonly mention: string;
  readonly basis: MergeBasis;
  /** For `convertedFrom`: the mention it converts. */
  readonly convertedFrom?: string;
  /** Parties it names in the same role as every mention already in the group. */
  readonly sharedParties: readonly Participation[];
  /** The days from the group's first to its last mention once it joined. */
  readonly spanDays: number;
  /** The currency the amounts were compared in. */
  readonly currency: string;
  /** The mention's own interval, read in `currency` (absent when no rate converts it). */
  readonly interval?: ReconcileInterval;
  /** What all the group's mentions allow once it joined, in `currency`. */
  readonly overlap?: ReconcileInterval;
  /**
   * Other groups whose amount the figure also allows (a one-sided figure such as "up to £11bn"); it
   * joined this one because only this group reaches its written value.
   */
  readonly alsoFits: readonly string[];
}

/**
 * A mention whose amount misses what the others of its group allow: never merged into the
 * intersection, returned with both sources and the gap.
 */
export interface Contradiction {
  readonly mention: Mention;
  /** The group it contradicts. */
  readonly group: string;
  /**
   * Why it belongs to the group: `explicitId` (it carries the group's commitment id), `nearMiss` (it
   * matches the group in everything but the amount, within `nearMissBps`, or is off by a power of ten),
   * `convertedFrom` (it converts a figure of the group but does not match it).
   */
  readonly basis: 'explicitId' | 'nearMiss' | 'convertedFrom';
  /** The currency the amounts were compared in. */
  readonly currency: string;
  /** The mention's interval read in `currency`. */
  readonly interval: ReconcileInterval;
  /** What the others allow, in `currency`. */
  readonly others: ReconcileInterval;
  /** Whether the mention lies above or below the others. */
  readonly side: 'above' | 'below';
  /** The mentions whose bound sets the end it misses: the other sources. */
  readonly pinnedBy: readonly Mention[];
  /** The gap, exact: basis points of the smaller facing end. */
  readonly gap: Ratio;
  /** The gap in basis points, for display. */
  readonly gapBps: number;
  /** True when reading the figure's trailing zeros as rounding ("$700m" to the $100m) closes the gap. */
  readonly roundingMayExplain: boolean;
  /** A power of ten ("10", "1/1000") that would make it fit: a slipped decimal point or scale word. */
  readonly scaleFactor?: string;
}

/** A mention that fits several groups equally well: merged into none of them. */
export interface AmbiguousMention {
  readonly mention: Mention;
  /** The groups it fits, by id. */
  readonly candidates: readonly string[];
}

/** One commitment as several reports give it. */
export interface ReconciledCommitment {
  /** The explicit commitment id, or `group:<id of its first mention>` for a group found by heuristics. */
  readonly id: string;
  /** Whether `id` came from the mentions' `commitment`. */
  readonly explicit: boolean;
  /** The kind most of its mentions give (ties: alphabetical). */
  readonly kind: CommitmentKind;
  /**
   * Every party its mentions name, after aliases, by party: each in the role most of its sources give
   * (a tie goes to a role that does not pay; a disagreement is a `ROLE_DISAGREEMENT` issue).
   */
  readonly parties: readonly Participation[];
  readonly firstDate: string;
  readonly lastDate: string;
  /** The mentions that agree, by date then id (contradictions are listed apart). */
  readonly mentions: readonly Mention[];
  /** How many distinct documents the mentions come from. */
  readonly sources: number;
  /**
   * The currency whose reading holds the mentions together and that `converted` and contradictions are
   * measured in: of the consistent readings, the one most mentions were written in (then the
   * narrowest, then by code).
   */
  readonly denomination: string;
  /** One reading per currency its mentions are written in, by code. */
  readonly readings: readonly CurrencyReading[];
  /** The denomination's intersection converted into `options.to`. */
  readonly converted?: ConvertedReading;
  /** Why each mention after the first is in the group. */
  readonly evidence: readonly MergeEvidence[];
  readonly contradictions: readonly Contradiction[];
  /**
   * No side has the majority, so which mentions contradict is a tie: for an explicit id, another,
   * disjoint amount is allowed by as many mentions as the one chosen (broken towards the lower amount);
   * for a near miss, the contradictions have fewer sources but not half as many (G2).
   * `reconciledCommitments` counts such a group as the span of both amounts.
   */
  readonly tie: boolean;
  /**
   * Groups that differ from this one only by kind: the same parties, dates within the window and an
   * amount that meets it (a `KIND_SPLIT` issue). `reconciledCommitments` passes them on, and `aggregate`
   * counts one in full and the others from 0 to their amounts. Absent when there are none.
   */
  readonly kindSplit?: readonly { readonly id: string; readonly kind: CommitmentKind }[];
}

/** The result of {@link reconcile}. */
export interface ReconcileResult {
  /** Groups by first date, then id. */
  readonly groups: readonly ReconciledCommitment[];
  /** Mentions merged into no group because they fit several, by mention id. */
  readonly ambiguous: readonly AmbiguousMention[];
  /**
   * Missing rates (`NO_RATE`), parties the sources give different roles (`ROLE_DISAGREEMENT`) and groups
   * that differ only by kind (`KIND_SPLIT`), by message.
   */
  readonly issues: readonly Issue[];
  /** The settings used. */
  readonly settings: {
    readonly windowDays: number;
    readonly partyMatch: PartyMatch;
    readonly quantum: QuantumReading;
    readonly nearMissBps: number;
    readonly to?: string;
  };
}

/** Options for `explainGroup`, `explainMerge`, `explainContradiction` and `explainAmbiguous`. */
export interface ExplainReconcileOptions {
  /** @defaultValue "en" */
  readonly language?: FigureLanguage;
  /** Names for party ids ("microsoft" → "Microsoft"). */
  readonly parties?: readonly Party[];
}
