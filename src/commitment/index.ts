export type {
  Commitment,
  CommitmentKind,
  CommitmentStatus,
  KindInfo,
  Participation,
  Party,
  PartyKind,
  Period,
  Role,
} from './model';
export {
  COMMITMENT_KIND_INFO,
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  isAdditiveKind,
  PARTY_KINDS,
  ROLES,
} from './model';
export { assertCommitments, validateCommitments } from './validate';
