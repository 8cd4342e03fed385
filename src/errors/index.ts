export type { Issue, ReckonErrorCode, ReckonErrorDetails } from './reckon-error';
export { isReckonError, ReckonError } from './reckon-error';
export type { SafeResult } from './safe-result';
