import { assertArray, describeValue, hasOwn, isRecord } from '../_lib/guards';
import { type Issue, ReckonError } from '../errors/reckon-error';
import { isIsoDate } from '../rates/dates';
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  type Commitment,
  type CommitmentKind,
  type CommitmentStatus,
  type KindInfo,
  type Party,
  ROLES,
  type Role,
} from './model';
import { breakPartOfCycles, describeCycle } from './part-of';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const issue = (code: Issue['code'], message: string, path: (string | number)[]): Issue => ({
  code,
  message,
  path,
});

/** A value for a message: strings quoted, anything else described (never `String(x)`, which throws on some). */
const show = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : describeValue(value));

/** `partOf` targets that exist, and each cycle once, at its member with the smallest id. */
function partOfIssues(commitments: readonly unknown[], byId: ReadonlyMap<string, number>): Issue[] {
  const issues: Issue[] = [];
  const parent = new Int32Array(commitments.length).fill(-1);
  const idOf = (i: number) => {
    const c = commitments[i];
    return isRecord(c) && typeof c.id === 'string' ? c.id : '';
  };
  commitments.forEach((c, i) => {
    if (!isRecord(c) || c.partOf === undefined) return;
    const k = typeof c.partOf === 'string' ? byId.get(c.partOf) : undefined;
    if (k !== undefined) parent[i] = k;
    else
      issues.push(
        issue('UNKNOWN_COMMITMENT', `${idOf(i)}: partOf ${show(c.partOf)} does not exist`, [
          'commitments',
          i,
          'partOf',
        ]),
      );
  });
  for (const cycle of breakPartOfCycles(parent, idOf)) {
    const first = cycle[0] as number;
    issues.push(issue('PART_OF_CYCLE', describeCycle(cycle.map(idOf)), ['commitments', first, 'partOf']));
  }
  return issues;
}

/** The roles of one commitment: each participation an object with a known party, listed once per role. */
function participationIssues(
  c: Record<string, unknown>,
  id: string,
  info: KindInfo | undefined,
  partyIds: ReadonlySet<string>,
  at: (...rest: (string | number)[]) => (string | number)[],
): Issue[] {
  const issues: Issue[] = [];
  if (!Array.isArray(c.parties)) {
    return [
      issue(
        'INVALID_ARGUMENT',
        `${id}: parties must be an array, got ${describeValue(c.parties)}`,
        at('parties'),
      ),
    ];
  }
  if (c.parties.length === 0) issues.push(issue('INVALID_COMMITMENT', `${id}: no parties`, at('parties')));
  const held = new Set<string>();
  (c.parties as readonly unknown[]).forEach((p, j) => {
    if (!isRecord(p)) {
      issues.push(
        issue(
          'INVALID_ARGUMENT',
          `${id}: parties[${j}] must be an object { party, role }, got ${describeValue(p)}`,
          at('parties', j),
        ),
      );
      return;
    }
    const { party, role } = p;
    if (typeof party === 'string' && typeof role === 'string') {
      const key = `${role}\u0000${party}`;
      if (held.has(key)) {
        issues.push(
          issue('DUPLICATE_PARTY', `${id}: "${party}" is listed twice as ${role}`, at('parties', j, 'party')),
        );
      }
      held.add(key);
    }
    if (typeof party !== 'string' || !partyIds.has(party)) {
      issues.push(issue('UNKNOWN_PARTY', `${id}: unknown party ${show(party)}`, at('parties', j, 'party')));
    }
    if (typeof role !== 'string' || !ROLES.includes(role as Role)) {
      issues.push(issue('ROLE_MISMATCH', `${id}: unknown role ${show(role)}`, at('parties', j, 'role')));
    } else if (info && !info.roles.includes(role as Role)) {
      issues.push(
        issue(
          'ROLE_MISMATCH',
          `${id}: a ${c.kind as string} has no ${role} (roles: ${info.roles.join(', ')})`,
          at('parties', j, 'role'),
        ),
      );
    }
  });
  return issues;
}

/** Dates and the period of one commitment. */
function timeIssues(
  c: Record<string, unknown>,
  id: string,
  at: (...rest: (string | number)[]) => (string | number)[],
): Issue[] {
  const issues: Issue[] = [];
  if (c.date !== undefined && !isIsoDate(c.date))
    issues.push(issue('INVALID_DATE', `${id}: date ${show(c.date)} is not an ISO day`, at('date')));
  if (c.period === undefined) return issues;
  if (!isRecord(c.period)) {
    issues.push(
      issue(
        'INVALID_ARGUMENT',
        `${id}: period must be an object, got ${describeValue(c.period)}`,
        at('period'),
      ),
    );
    return issues;
  }
  for (const key of ['start', 'end'] as const) {
    const d = c.period[key];
    if (d !== undefined && !isIsoDate(d))
      issues.push(
        issue('INVALID_DATE', `${id}: period.${key} ${show(d)} is not an ISO day`, at('period', key)),
      );
  }
  const duration = c.period.duration;
  if (
    duration !== undefined &&
    (typeof duration !== 'string' || !/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/.test(duration))
  ) {
    issues.push(
      issue(
        typeof duration === 'string' ? 'INVALID_COMMITMENT' : 'INVALID_ARGUMENT',
        `${id}: period.duration ${show(duration)} is not an ISO 8601 duration`,
        at('period', 'duration'),
      ),
    );
  }
  return issues;
}

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
 * checkCommitments([{ id: 'nvidia', name: 'Nvidia', kind: 'company' }], []); // []
 * ```
 */
export function checkCommitments(parties: readonly Party[], commitments: readonly Commitment[]): Issue[] {
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
    if (typeof p.id !== 'string' || !KEBAB.test(p.id))
      issues.push(
        issue(
          typeof p.id === 'string' ? 'INVALID_COMMITMENT' : 'INVALID_ARGUMENT',
          `party id ${show(p.id)} is not kebab-case`,
          ['parties', i, 'id'],
        ),
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
    if (typeof c.id !== 'string' || !KEBAB.test(c.id))
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
      typeof c.kind === 'string' && hasOwn(COMMITMENT_KINDS, c.kind)
        ? COMMITMENT_KINDS[c.kind as CommitmentKind]
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
 * Like {@link checkCommitments}, but throws the first problem.
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
  const issues = checkCommitments(parties, commitments);
  const first = issues[0];
  if (!first) return;
  const index = first.path[1];
  const list = first.path[0] === 'parties' ? parties : commitments;
  const id = typeof index === 'number' ? list[index]?.id : undefined;
  throw new ReckonError(first.code, first.message, { issues, id });
}
