import type { Commitment, CommitmentKind, CommitmentStatus, Party, Role } from '../commitment/model';
import type { Issue } from '../errors/reckon-error';
import type { BoundsView, FigureBoundsOptions } from '../figure/bounds';
import type { Figure } from '../figure/types';
import type { Ratio } from '../math/ratio';
import type { Money } from '../money/money';
import type { RatesLike } from '../rates/to-provider';

/** How a commitment with several parties in one role ("in Nscale und CoreWeave") is shared out. */
export type Allocation = 'unallocated' | 'equal' | 'full';

/**
 * Options for {@link aggregate}. Each is checked: a value it does not allow is an `INVALID_ARGUMENT`.
 * `view`, `almostBand` and `aboutBand` are the {@link FigureBoundsOptions}: the bounds of each amount
 * are read as {@link figureBounds} reads them.
 */
export interface AggregateOptions extends FigureBoundsOptions {
  /** Group by every party (`party`, role shown as `any`) or by the parties in one role. @defaultValue "party" */
  readonly by?: 'party' | Role | undefined;
  /** Only these kinds (default: all; non-additive kinds are listed beside the sums, never in them). */
  readonly kinds?: readonly CommitmentKind[] | undefined;
  /** Only these statuses (default: all but `withdrawn`, which is listed as not added). */
  readonly statuses?: readonly CommitmentStatus[] | undefined;
  /** Convert totals into this currency, with `rates`. */
  readonly to?: string | undefined;
  /** Where conversion rates come from: a provider, one rate or a list, as {@link ratesFrom} reads them. */
  readonly rates?: RatesLike | undefined;
  /**
   * How many days the fix used may lie before the day converted at (default 7; the longest gap between
   * two ECB fixes is 5 days). An older fix is not used: the total is not converted and gets a `NO_RATE`
   * issue, instead of converting at a rate from another time (a rate file that ends months before, a
   * currency the ECB stopped quoting).
   */
  readonly maxRateAgeDays?: number | undefined;
  /**
   * One day for every conversion. Default: each commitment's own date; either way the latest fix on
   * or before that day (within `maxRateAgeDays`) is used, and `rates` says which day it was.
   */
  readonly asOf?: string | undefined;
  /**
   * The day to convert commitments that have no date of their own: one day, or a function giving each
   * undated commitment its day (for example the date of the article it is cited from; `undefined` for
   * none). reckon never guesses a day: an undated commitment without a fallback is not converted and
   * gets a `NO_RATE` issue. Ignored when `asOf` is given.
   */
  readonly fallbackDate?: string | ((commitment: Commitment) => string | undefined) | undefined;
  /**
   * `unallocated` (default): each of n parties in a role gets [0, high] and the grand total counts the
   * amount once; `equal`: each gets 1/n (remainders to the first ids, to the unit); `full`: each gets all.
   */
  readonly allocation?: Allocation | undefined;
  /** Party names for the result rows. */
  readonly parties?: readonly Party[] | undefined;
  /**
   * List the ids of the commitments added in each row (default). Set false to keep counts only: then
   * memory grows with the groups and with the commitments' ids, never with their lists per row.
   */
  readonly listCommitments?: boolean | undefined;
}

/** An exact interval of money; `null` is an unbounded (or, converted, unknown) side. */
export interface MoneyInterval {
  readonly currency: string;
  readonly low: Money | null;
  readonly high: Money | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
}

/** A total converted into the target currency, rounded half-even to its minor unit at the end. */
export interface ConvertedInterval extends MoneyInterval {
  /**
   * False when some contribution had no rate (see `issues`): then `high` is null (unknown) and `low` is
   * what was converted, or null when a contribution without a rate may be negative.
   */
  readonly complete: boolean;
}

/** A rate used in a conversion: which fix, asked for which day. */
export interface RateUse {
  readonly base: string;
  readonly quote: string;
  readonly value: Ratio;
  /** The day of the fix used. */
  readonly date: string;
  /** The day asked for (the commitment's date, `fallbackDate` or `asOf`). */
  readonly requestedDate: string;
  readonly source: string;
  /** True when the fix is from an earlier day than asked (weekend, holiday). */
  readonly substituted: boolean;
}

/** A commitment shown beside the sums, and why it is not in them. */
export interface NotAddedItem {
  readonly commitment: string;
  readonly kind: CommitmentKind;
  /** `notAdditive`: a stock or mark; `partOf`: a whole above it is in this total already; `withdrawn`. */
  readonly reason: 'notAdditive' | 'partOf' | 'withdrawn';
  /** For `partOf`: the commitment's direct whole (its own `partOf`), in rows and grand total alike. */
  readonly includedIn?: string;
  readonly amount?: Figure;
}

/** The totals of one row, or of the whole. */
export interface AggregateTotals {
  /** Exact totals per original currency. */
  readonly totals: Readonly<Record<string, MoneyInterval>>;
  /** The converted total, when `to` was given. */
  readonly converted?: ConvertedInterval;
  /** Ids of the commitments added, in input order (empty with `listCommitments: false`). */
  readonly commitments: readonly string[];
  /** How many commitments were added. */
  readonly count: number;
  /** In input order. */
  readonly notAdded: readonly NotAddedItem[];
  /** Commitments without an amount: counted and listed (in input order), adding nothing. */
  readonly withoutAmount: readonly string[];
  /** Problems: about one commitment (in input order), then missing rates (`NO_RATE`). */
  readonly issues: readonly Issue[];
  /** Rates used for the conversion. */
  readonly rates: readonly RateUse[];
}

/** One row: a party in a role, with its totals. */
export interface AggregateGroup extends AggregateTotals {
  readonly party: string;
  readonly partyName?: string;
  readonly role: Role | 'any';
}

/** The result of {@link aggregate}. */
export interface AggregateResult {
  readonly by: 'party' | Role;
  readonly allocation: Allocation;
  readonly view: BoundsView;
  /** Rows sorted by party id: one per party in the grouped role (any role for `party`). */
  readonly groups: readonly AggregateGroup[];
  /**
   * Every commitment counted once, whatever the grouping: joint commitments once, parts of a whole
   * already added not again. The same for every `by`.
   */
  readonly grandTotal: AggregateTotals;
  /** Every rate used. */
  readonly rates: readonly RateUse[];
}

/** The incremental form of {@link aggregate}, as {@link aggregator} returns it. */
export interface Aggregator {
  /** Adds one commitment. */
  add(commitment: Commitment): void;
  /** Finishes: resolves `partOf` and duplicates, converts, and returns the result (the same on each call). */
  result(): AggregateResult;
}
