import { deepFreeze } from '../_lib/freeze';
import { hasOwn, invalidArgument } from '../_lib/guards';
import type { SourceSpan } from '../dataset/source-span';
import type { Figure } from '../figure/types';

/** What kind of party: a company, a government, a fund … */
export type PartyKind =
  | 'company'
  | 'government'
  | 'fund'
  | 'bank'
  | 'person'
  | 'institution'
  | 'media'
  | 'other';

/** Every party kind, in a stable order. Frozen: one caller cannot change it for all. */
export const PARTY_KINDS: readonly PartyKind[] = /* @__PURE__ */ deepFreeze([
  'company',
  'government',
  'fund',
  'bank',
  'person',
  'institution',
  'media',
  'other',
] as PartyKind[]);

/** A company or institution that takes part in commitments. */
export interface Party {
  /** Stable kebab-case id ("goldman-sachs"). */
  readonly id: string;
  readonly name: string;
  readonly kind: PartyKind;
  readonly aliases?: readonly string[];
  /** ISO 3166-1 alpha-2 code. */
  readonly country?: string;
}

/**
 * What a party does in a commitment. `subject` is the party a stock or mark is about (the company
 * valued, the firm whose capital under management is reported).
 */
export type Role =
  | 'investor'
  | 'recipient'
  | 'lender'
  | 'borrower'
  | 'arranger'
  | 'customer'
  | 'supplier'
  | 'partner'
  | 'subject';

/** Every role, in a stable order. Frozen: one caller cannot change it for all. */
export const ROLES: readonly Role[] = /* @__PURE__ */ deepFreeze([
  'investor',
  'recipient',
  'lender',
  'borrower',
  'arranger',
  'customer',
  'supplier',
  'partner',
  'subject',
] as Role[]);

/** Where a commitment stands. */
export type CommitmentStatus =
  | 'announced'
  | 'confirmed'
  | 'planned'
  | 'underConsideration'
  | 'completed'
  | 'withdrawn';

/** Every status, in a stable order. Frozen: one caller cannot change it for all. */
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = /* @__PURE__ */ deepFreeze([
  'announced',
  'confirmed',
  'planned',
  'underConsideration',
  'completed',
  'withdrawn',
] as CommitmentStatus[]);

/** A party's part in a commitment. */
export interface Participation {
  /** The party's id. */
  readonly party: string;
  readonly role: Role;
}

/** When a commitment runs: a start and end day, or an ISO 8601 duration such as "P5Y". */
export interface Period {
  readonly start?: string;
  readonly end?: string;
  readonly duration?: string;
}

/** Who commits how much to whom. */
export interface Commitment {
  /** Stable kebab-case id. */
  readonly id: string;
  readonly kind: CommitmentKind;
  readonly status: CommitmentStatus;
  readonly parties: readonly Participation[];
  /** The amount, absent when the source names none. */
  readonly amount?: Figure;
  /** The day it was announced (ISO), used to pick a conversion rate. */
  readonly date?: string;
  readonly period?: Period;
  readonly location?: string;
  /** The id of a commitment that includes this one: it is never added on top of its whole. */
  readonly partOf?: string;
  /** Where it was reported. */
  readonly source?: SourceSpan;
  /** Whom the source attributes the claim to ("CNBC", "Bloomberg"). */
  readonly attributedTo?: string;
  /** A short description. */
  readonly description?: string;
}

/** The kinds of commitment reckon knows. */
export type CommitmentKind =
  | 'investment'
  | 'equityStake'
  | 'loan'
  | 'grant'
  | 'capex'
  | 'contract'
  | 'pledge'
  | 'fundingRound'
  | 'project'
  | 'valuation'
  | 'capitalUnderManagement'
  | 'marketCapitalisation';

/** What a kind means for totals, and which roles it takes. */
export interface KindInfo {
  /** Flows are added up; stocks and marks (valuations, capital under management) never are. */
  readonly additive: boolean;
  readonly roles: readonly Role[];
}

/** Every kind, in a stable order. Frozen: one caller cannot change it for all. */
export const COMMITMENT_KINDS: readonly CommitmentKind[] = /* @__PURE__ */ deepFreeze([
  'investment',
  'equityStake',
  'loan',
  'grant',
  'capex',
  'contract',
  'pledge',
  'fundingRound',
  'project',
  'valuation',
  'capitalUnderManagement',
  'marketCapitalisation',
] as CommitmentKind[]);

/**
 * Each kind: additive or not, and the roles that fit it (its keys are {@link COMMITMENT_KINDS}). Deeply
 * frozen: one caller cannot change it for all.
 */
export const COMMITMENT_KIND_INFO: Readonly<Record<CommitmentKind, KindInfo>> = /* @__PURE__ */ deepFreeze({
  investment: { additive: true, roles: ['investor', 'recipient', 'partner', 'supplier', 'customer'] },
  equityStake: { additive: true, roles: ['investor', 'recipient'] },
  loan: { additive: true, roles: ['lender', 'borrower', 'arranger'] },
  grant: { additive: true, roles: ['investor', 'recipient'] },
  capex: { additive: true, roles: ['investor', 'recipient', 'partner', 'supplier'] },
  contract: { additive: true, roles: ['customer', 'supplier', 'partner'] },
  pledge: { additive: true, roles: ['investor', 'recipient', 'partner'] },
  fundingRound: { additive: true, roles: ['investor', 'recipient', 'arranger'] },
  project: { additive: true, roles: ['investor', 'recipient', 'partner', 'supplier', 'customer'] },
  valuation: { additive: false, roles: ['subject'] },
  capitalUnderManagement: { additive: false, roles: ['subject', 'partner', 'investor'] },
  marketCapitalisation: { additive: false, roles: ['subject'] },
} as Record<CommitmentKind, KindInfo>);

/**
 * Whether a kind is added up in totals.
 *
 * @param kind - one of {@link COMMITMENT_KINDS}
 * @returns true for flows (investments, loans …), false for stocks and marks (valuations …)
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for anything but a known kind (an inherited key such as
 *   "constructor" is not one)
 *
 * @example
 * ```ts
 * isAdditiveKind('investment'); // true
 * isAdditiveKind('valuation'); // false
 * ```
 */
export function isAdditiveKind(kind: CommitmentKind): boolean {
  if (typeof kind !== 'string' || !hasOwn(COMMITMENT_KIND_INFO, kind)) {
    throw invalidArgument('kind', `one of ${COMMITMENT_KINDS.join(', ')}`, kind);
  }
  return COMMITMENT_KIND_INFO[kind].additive;
}
