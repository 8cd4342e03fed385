/**
 * The checks behind `validateCommitments`, one commitment part at a time: roles and parties, dates and
 * periods, `partOf` references and cycles. Each returns issues with their paths.
 * @internal
 */
import { describeValue, isRecord } from '../_lib/guards';
import { ISO_DURATION } from '../_lib/patterns';
import type { Issue } from '../errors/reckon-error';
import { isIsoDate } from '../rates/dates';
import { type KindInfo, ROLES, type Role } from './model';
import { breakPartOfCycles, describeCycle } from './part-of';

/** An issue at a path. @internal */
export const issue = (code: Issue['code'], message: string, path: (string | number)[]): Issue => ({
  code,
  message,
  path,
});

/** A value for a message: strings quoted, anything else described (never `String(x)`, which throws on some). @internal */
export const show = (value: unknown) =>
  typeof value === 'string' ? JSON.stringify(value) : describeValue(value);

/** `partOf` targets that exist, and each cycle once, at its member with the smallest id. @internal */
export function partOfIssues(commitments: readonly unknown[], byId: ReadonlyMap<string, number>): Issue[] {
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

/** The roles of one commitment: each participation an object with a known party, listed once per role. @internal */
export function participationIssues(
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

/** Dates and the period of one commitment. @internal */
export function timeIssues(
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
  if (duration !== undefined && (typeof duration !== 'string' || !ISO_DURATION.test(duration))) {
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
