export type { ExplainReconcileOptions } from './explain';
export { explainAmbiguous, explainContradiction, explainGroup, explainMerge } from './explain';
export { mentionsFromDataset } from './from-dataset';
export type {
  ContradictionJSON,
  CurrencyReadingJSON,
  MentionJSON,
  MergeEvidenceJSON,
  ReconciledCommitmentJSON,
  ReconcileIntervalJSON,
  ReconcileResultJSON,
} from './json';
export { reconcileResultToJSON } from './json';
export { reconcile } from './reconcile';
export { reconcileResultFromJSON, safeReconcileResultFromJSON } from './result-from-json';
export type { ReconciledCommitmentInput, ReconciledCommitmentsOptions } from './to-commitments';
export { reconciledCommitments } from './to-commitments';
export type {
  AmbiguousMention,
  Contradiction,
  ConvertedReading,
  CurrencyReading,
  Mention,
  MentionSource,
  MergeBasis,
  MergeEvidence,
  PartyMatch,
  QuantumReading,
  ReconciledCommitment,
  ReconcileInterval,
  ReconcileOptions,
  ReconcileResult,
} from './types';
