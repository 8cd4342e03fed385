import { type Issue, isReckonError, type ReckonError } from '../errors/reckon-error';
import type { SafeResult } from '../errors/safe-result';

/**
 * The issues a thrown error stands for: its own `details.issues` when it carries them, else one issue
 * made from its code, message and details (path, expected, received). @internal
 */
export function issuesOf(error: ReckonError): readonly Issue[] {
  const { issues, path, expected, received, input } = error.details;
  if (issues !== undefined && issues.length > 0) return issues;
  return [
    {
      code: error.code,
      message: error.message,
      path: typeof path === 'string' ? path.split('.') : [],
      ...(typeof expected === 'string' ? { expected } : {}),
      ...(typeof received === 'string' ? { received } : typeof input === 'string' ? { received: input } : {}),
    },
  ];
}

/**
 * Runs a throwing function and returns its value or the issues of the {@link ReckonError} it threw,
 * so that every `safe*` twin is its throwing twin plus this wrapper. Other errors (bugs) propagate.
 * @internal
 */
export function safely<T>(run: () => T): SafeResult<T> {
  try {
    return { success: true, output: run() };
  } catch (error) {
    if (isReckonError(error)) return { success: false, issues: issuesOf(error) };
    throw error;
  }
}
