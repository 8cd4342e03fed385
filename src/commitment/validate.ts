import { assertArray, describeValue, hasOwn, isRecord } from '../_lib/guards';
import { KEBAB_ID } from '../_lib/patterns';
import { type Issue, ReckonError } from '../errors/reckon-error';
import { issue, participationIssues, partOfIssues, show, timeIssues } from './commitment-issues';
import {
  COMMITMENT_KIND_INFO,
  COMMITMENT_STATUSES,
  type Commitment,
  type CommitmentKind,
  type CommitmentStatus,
  PARTY_KINDS,
  type Party,
} from './model';

/**
 * Checks parties and commitments together, returning every problem with its path: ids (kebab-case,
 * unique), kinds, statuses, roles that fit the kind, known parties listed once per role, `partOf`
 * targets that exist and form no cycle, ISO dates. An element that is not an object (or a commitment
 * whose `parties` is not an array) is an `INVALID_ARGUMENT` issue at its path; a string id that is not
 * kebab-case, an empty `parties` or a duration that is not ISO 8601 an `INVALID_COMMITMENT` issue. Linear in the size of
 * the input.
 *
 * @param parties - the parties
 * @param commitments - the commitments
 * @returns the issues; empty when all is well
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `parties` or `commitments` is not an array
 * @example
 * ```ts
 * validateCommitments([{ id: 'nvidia', name: 'Nvidia', kind: 'company' }], []); // []
 * ```
 */
export function validateCommitments(parties: readonly Party[], commitments: readonly Commitment[]): Issue[] {
  assertArray(parties, 'parties');
  assertArray(commitments, 'commitments');
  const issues: Issue[] = [];
  const partyIds = new Set<string>();
  (parties as readonly unknown[]).forEach((p, i) => {
    if (!isRecord(p)) {
      issues.push(
        issue('INVALID_ARGUMENT', `parties[${i}] must be a party object, got ${describeValue(p)}`, [
          'parties',
          i,
        ]),
      );
      return;
    }
    if (typeof p.id !== 'string' || !KEBAB_ID.test(p.id))
      issues.push(
        issue(
          typeof p.id === 'string' ? 'INVALID_COMMITMENT' : 'INVALID_ARGUMENT',
          `party id ${show(p.id)} is not kebab-case`,
          ['parties', i, 'id'],
        ),
      );
    if (!(PARTY_KINDS as readonly unknown[]).includes(p.kind))
      issues.push(
        issue('INVALID_ARGUMENT', `party kind ${show(p.kind)} is not one of ${PARTY_KINDS.join(', ')}`, [
          'parties',
          i,
          'kind',
        ]),
      );
    if (typeof p.id !== 'string') return;
    if (partyIds.has(p.id))
      issues.push(issue('DUPLICATE_ID', `party id "${p.id}" is used twice`, ['parties', i, 'id']));
    partyIds.add(p.id);
  });
  const byId = new Map<string, number>();
  (commitments as readonly unknown[]).forEach((c, i) => {
    const at = (...rest: (string | number)[]) => ['commitments', i, ...rest];
    if (!isRecord(c)) {
      issues.push(
        issue(
          'INVALID_ARGUMENT',
          `commitments[${i}] must be a commitment object, got ${describeValue(c)}`,
          at(),
        ),
      );
      return;
    }
    if (typeof c.id !== 'string' || !KEBAB_ID.test(c.id))
      issues.push(
        issue(
          typeof c.id === 'string' ? 'INVALID_COMMITMENT' : 'INVALID_ARGUMENT',
          `commitment id ${show(c.id)} is not kebab-case`,
          at('id'),
        ),
      );
    if (typeof c.id === 'string') {
      if (byId.has(c.id))
        issues.push(issue('DUPLICATE_ID', `commitment id "${c.id}" is used twice`, at('id')));
      else byId.set(c.id, i);
    }
    const id = typeof c.id === 'string' ? c.id : `commitments[${i}]`;
    const info =
      typeof c.kind === 'string' && hasOwn(COMMITMENT_KIND_INFO, c.kind)
        ? COMMITMENT_KIND_INFO[c.kind as CommitmentKind]
        : undefined;
    if (!info) issues.push(issue('INVALID_ARGUMENT', `${id}: unknown kind ${show(c.kind)}`, at('kind')));
    if (!COMMITMENT_STATUSES.includes(c.status as CommitmentStatus)) {
      issues.push(issue('INVALID_ARGUMENT', `${id}: unknown status ${show(c.status)}`, at('status')));
    }
    // A loop, not push(...list): a commitment with a million parties would overflow the arguments.
    for (const found of participationIssues(c, id, info, partyIds, at)) issues.push(found);
    for (const found of timeIssues(c, id, at)) issues.push(found);
  });
  for (const found of partOfIssues(commitments, byId)) issues.push(found);
  return issues;
}

/**
 * Like {@link validateCommitments}, but throws the first problem.
 *
 * @throws {@link ReckonError} with the problem's code (`UNKNOWN_PARTY`, `DUPLICATE_ID`, `DUPLICATE_PARTY`,
 *   `PART_OF_CYCLE`, `ROLE_MISMATCH`, `UNKNOWN_COMMITMENT`, `INVALID_DATE`, `INVALID_COMMITMENT`,
 *   `INVALID_ARGUMENT`), every
 *   issue in `details.issues`, and the offending id in `details.id`
 * @example
 * ```ts
 * assertCommitments(parties, commitments); // throws on a cycle, an unknown party …
 * ```
 */
export function assertCommitments(parties: readonly Party[], commitments: readonly Commitment[]): void {
  const issues = validateCommitments(parties, commitments);
  const first = issues[0];
  if (!first) return;
  const index = first.path[1];
  const list = first.path[0] === 'parties' ? parties : commitments;
  const id = typeof index === 'number' ? list[index]?.id : undefined;
  throw new ReckonError(first.code, first.message, { issues, id });
}
