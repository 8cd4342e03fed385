import { type Issue, ReckonError } from '../errors/reckon-error';
import { isIsoDate } from '../rates/dates';
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  type Commitment,
  type CommitmentKind,
  type Party,
  ROLES,
} from './model';
import { breakPartOfCycles, describeCycle } from './part-of';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const issue = (code: Issue['code'], message: string, path: (string | number)[]): Issue => ({
  code,
  message,
  path,
});

/** `partOf` targets that exist, and each cycle once, at its member with the smallest id. */
function partOfIssues(commitments: readonly Commitment[], byId: ReadonlyMap<string, number>): Issue[] {
  const issues: Issue[] = [];
  const parent = new Int32Array(commitments.length).fill(-1);
  commitments.forEach((c, i) => {
    if (c.partOf === undefined) return;
    const k = byId.get(c.partOf);
    if (k !== undefined) parent[i] = k;
    else
      issues.push(
        issue('UNKNOWN_COMMITMENT', `${c.id}: partOf "${c.partOf}" does not exist`, [
          'commitments',
          i,
          'partOf',
        ]),
      );
  });
  const idOf = (i: number) => commitments[i]?.id ?? '';
  for (const cycle of breakPartOfCycles(parent, idOf)) {
    const first = cycle[0] as number;
    issues.push(issue('PART_OF_CYCLE', describeCycle(cycle.map(idOf)), ['commitments', first, 'partOf']));
  }
  return issues;
}

/**
 * Checks parties and commitments together, returning every problem with its path: ids (kebab-case,
 * unique), kinds, statuses, roles that fit the kind, known parties listed once per role, `partOf`
 * targets that exist and form no cycle, ISO dates. Linear in the size of the input.
 *
 * @param parties - the parties
 * @param commitments - the commitments
 * @returns the issues; empty when all is well
 * @example
 * ```ts
 * checkCommitments([{ id: 'nvidia', name: 'Nvidia', kind: 'company' }], []); // []
 * ```
 */
export function checkCommitments(parties: readonly Party[], commitments: readonly Commitment[]): Issue[] {
  const issues: Issue[] = [];
  const partyIds = new Set<string>();
  parties.forEach((p, i) => {
    if (!KEBAB.test(p.id))
      issues.push(issue('INVALID_ARGUMENT', `party id "${p.id}" is not kebab-case`, ['parties', i, 'id']));
    if (partyIds.has(p.id))
      issues.push(issue('DUPLICATE_ID', `party id "${p.id}" is used twice`, ['parties', i, 'id']));
    partyIds.add(p.id);
  });
  const byId = new Map<string, number>();
  commitments.forEach((c, i) => {
    const at = (...rest: (string | number)[]) => ['commitments', i, ...rest];
    if (!KEBAB.test(c.id))
      issues.push(issue('INVALID_ARGUMENT', `commitment id "${c.id}" is not kebab-case`, at('id')));
    if (byId.has(c.id)) issues.push(issue('DUPLICATE_ID', `commitment id "${c.id}" is used twice`, at('id')));
    else byId.set(c.id, i);
    const info = COMMITMENT_KINDS[c.kind as CommitmentKind];
    if (!info)
      issues.push(issue('INVALID_ARGUMENT', `${c.id}: unknown kind "${String(c.kind)}"`, at('kind')));
    if (!COMMITMENT_STATUSES.includes(c.status)) {
      issues.push(issue('INVALID_ARGUMENT', `${c.id}: unknown status "${String(c.status)}"`, at('status')));
    }
    if (c.parties.length === 0) issues.push(issue('INVALID_ARGUMENT', `${c.id}: no parties`, at('parties')));
    const held = new Set<string>();
    c.parties.forEach((p, j) => {
      const key = `${p.role}\u0000${p.party}`;
      if (held.has(key)) {
        issues.push(
          issue(
            'DUPLICATE_PARTY',
            `${c.id}: "${p.party}" is listed twice as ${p.role}`,
            at('parties', j, 'party'),
          ),
        );
      }
      held.add(key);
      if (!partyIds.has(p.party)) {
        issues.push(issue('UNKNOWN_PARTY', `${c.id}: unknown party "${p.party}"`, at('parties', j, 'party')));
      }
      if (!ROLES.includes(p.role)) {
        issues.push(
          issue('ROLE_MISMATCH', `${c.id}: unknown role "${String(p.role)}"`, at('parties', j, 'role')),
        );
      } else if (info && !info.roles.includes(p.role)) {
        issues.push(
          issue(
            'ROLE_MISMATCH',
            `${c.id}: a ${c.kind} has no ${p.role} (roles: ${info.roles.join(', ')})`,
            at('parties', j, 'role'),
          ),
        );
      }
    });
    if (c.date !== undefined && !isIsoDate(c.date))
      issues.push(issue('INVALID_DATE', `${c.id}: date "${c.date}" is not an ISO day`, at('date')));
    for (const key of ['start', 'end'] as const) {
      const d = c.period?.[key];
      if (d !== undefined && !isIsoDate(d))
        issues.push(
          issue('INVALID_DATE', `${c.id}: period.${key} "${d}" is not an ISO day`, at('period', key)),
        );
    }
    if (c.period?.duration !== undefined && !/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/.test(c.period.duration)) {
      issues.push(
        issue(
          'INVALID_ARGUMENT',
          `${c.id}: period.duration "${c.period.duration}" is not an ISO 8601 duration`,
          at('period', 'duration'),
        ),
      );
    }
  });
  issues.push(...partOfIssues(commitments, byId));
  return issues;
}

/**
 * Like {@link checkCommitments}, but throws the first problem.
 *
 * @throws {@link ReckonError} with the problem's code (`UNKNOWN_PARTY`, `DUPLICATE_ID`, `DUPLICATE_PARTY`,
 *   `PART_OF_CYCLE`, `ROLE_MISMATCH`, `UNKNOWN_COMMITMENT`, `INVALID_DATE`, `INVALID_ARGUMENT`), every
 *   issue in `details.issues`, and the offending id in `details.id`
 * @example
 * ```ts
 * assertCommitments(parties, commitments); // throws on a cycle, an unknown party …
 * ```
 */
export function assertCommitments(parties: readonly Party[], commitments: readonly Commitment[]): void {
  const issues = checkCommitments(parties, commitments);
  const first = issues[0];
  if (!first) return;
  const index = first.path[1];
  const list = first.path[0] === 'parties' ? parties : commitments;
  const id = typeof index === 'number' ? list[index]?.id : undefined;
  throw new ReckonError(first.code, first.message, { issues, id });
}
