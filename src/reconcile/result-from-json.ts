import {
  bad,
  currencyAt,
  day,
  field,
  flag,
  issue,
  list,
  oneOf,
  type Path,
  record,
  text,
  whole,
} from '../_lib/json-read';
import { safely } from '../_lib/safe';
import { COMMITMENT_KINDS, type CommitmentKind } from '../commitment/model';
import type { SafeResult } from '../errors/safe-result';
import type { ReconcileResultJSON } from './json';
import {
  converted,
  evidence,
  exact,
  finite,
  interval,
  mention,
  parties,
  reading,
  strings,
} from './result-json-parts';
import type {
  Contradiction,
  Mention,
  PartyMatch,
  QuantumReading,
  ReconciledCommitment,
  ReconcileResult,
} from './types';

const CONTRADICTION_BASES: readonly Contradiction['basis'][] = ['explicitId', 'nearMiss', 'convertedFrom'];
const SIDES: readonly Contradiction['side'][] = ['above', 'below'];
const PARTY_MATCHES: readonly PartyMatch[] = ['exact', 'subset', 'nested'];
const QUANTUM_READINGS: readonly QuantumReading[] = ['written', 'significant'];
/** The mentions of a group and of its contradictions, read before anything refers to them. */
interface ReadMentions {
  readonly mentions: readonly Mention[];
  readonly contradicting: readonly Mention[];
}

/** A contradiction; its `pinnedBy` ids are read back to the mentions of the result that carry them. */
function contradiction(
  value: unknown,
  path: Path,
  own: Mention,
  byId: ReadonlyMap<string, Mention>,
): Contradiction {
  const r = record(value, path);
  const factor = field(r, 'scaleFactor');
  return {
    mention: own,
    group: text(field(r, 'group'), [...path, 'group']),
    basis: oneOf(field(r, 'basis'), CONTRADICTION_BASES, [...path, 'basis']),
    currency: currencyAt(field(r, 'currency'), [...path, 'currency']),
    interval: interval(field(r, 'interval'), [...path, 'interval']),
    others: interval(field(r, 'others'), [...path, 'others']),
    side: oneOf(field(r, 'side'), SIDES, [...path, 'side']),
    pinnedBy: list(field(r, 'pinnedBy'), [...path, 'pinnedBy']).map((x, i) => {
      const m = byId.get(text(x, [...path, 'pinnedBy', i]));
      if (!m)
        throw bad(
          [...path, 'pinnedBy', i],
          'the id of a mention in the result’s groups or contradictions',
          x,
        );
      return m;
    }),
    gap: exact(field(r, 'gap'), [...path, 'gap']),
    gapBps: finite(field(r, 'gapBps'), [...path, 'gapBps']),
    roundingMayExplain: flag(field(r, 'roundingMayExplain'), [...path, 'roundingMayExplain']),
    ...(factor !== undefined ? { scaleFactor: text(factor, [...path, 'scaleFactor']) } : {}),
  };
}

function group(
  value: unknown,
  path: Path,
  read: ReadMentions,
  byId: ReadonlyMap<string, Mention>,
): ReconciledCommitment {
  const r = record(value, path);
  const conv = field(r, 'converted');
  const split = field(r, 'kindSplit');
  return {
    id: text(field(r, 'id'), [...path, 'id']),
    explicit: flag(field(r, 'explicit'), [...path, 'explicit']),
    kind: oneOf<CommitmentKind>(field(r, 'kind'), COMMITMENT_KINDS, [...path, 'kind']),
    parties: parties(field(r, 'parties'), [...path, 'parties']),
    firstDate: day(field(r, 'firstDate'), [...path, 'firstDate']),
    lastDate: day(field(r, 'lastDate'), [...path, 'lastDate']),
    mentions: read.mentions,
    sources: whole(field(r, 'sources'), [...path, 'sources'], 0),
    denomination: currencyAt(field(r, 'denomination'), [...path, 'denomination']),
    readings: list(field(r, 'readings'), [...path, 'readings']).map((x, i) =>
      reading(x, [...path, 'readings', i]),
    ),
    ...(conv !== undefined ? { converted: converted(conv, [...path, 'converted']) } : {}),
    evidence: list(field(r, 'evidence'), [...path, 'evidence']).map((x, i) =>
      evidence(x, [...path, 'evidence', i]),
    ),
    contradictions: list(field(r, 'contradictions'), [...path, 'contradictions']).map((x, i) =>
      contradiction(x, [...path, 'contradictions', i], read.contradicting[i] as Mention, byId),
    ),
    tie: flag(field(r, 'tie'), [...path, 'tie']),
    ...(split !== undefined
      ? {
          kindSplit: list(split, [...path, 'kindSplit']).map((x, i) => {
            const k = record(x, [...path, 'kindSplit', i]);
            return {
              id: text(field(k, 'id'), [...path, 'kindSplit', i, 'id']),
              kind: oneOf<CommitmentKind>(field(k, 'kind'), COMMITMENT_KINDS, [
                ...path,
                'kindSplit',
                i,
                'kind',
              ]),
            };
          }),
        }
      : {}),
  };
}

/**
 * Reads the JSON form of a reconciliation back ({@link reconcileResultToJSON} writes it, `reckon
 * reconcile --json` prints it): money and exact ends as written, a contradiction's `pinnedBy` ids back
 * to the mentions of the groups, so `reconcileResultFromJSON(reconcileResultToJSON(r))` equals `r`.
 * Keys the JSON form does not have (the CLI's `dataset`) are ignored.
 *
 * @param json - a {@link ReconcileResultJSON}, or `JSON.parse` of one
 * @returns the result
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when a part is missing or not what the JSON form holds,
 *   its `details.path` naming it (`json.groups[0].readings[1].interval.low`) and its one issue giving
 *   the same path as keys and indices; also for a `pinnedBy` id that no group's mention has
 * @example
 * ```ts
 * import { parseFigure, reconcile, reconcileResultFromJSON, reconcileResultToJSON } from 'reckon';
 *
 * const m = (id: string, text: string) => ({
 *   id,
 *   figure: parseFigure(text),
 *   parties: [{ party: 'nvidia', role: 'investor' as const }],
 *   kind: 'investment' as const,
 *   date: '2025-09-16',
 *   source: { document: id },
 * });
 * const result = reconcile([m('a', '£11bn'), m('b', 'up to £11bn')]);
 * const back = reconcileResultFromJSON(JSON.parse(JSON.stringify(reconcileResultToJSON(result))));
 * console.log(back.groups.length, back.groups[0]?.mentions.length); // → 1 2
 * ```
 */
export function reconcileResultFromJSON(json: ReconcileResultJSON): ReconcileResult {
  const r = record(json, []);
  const groups = list(field(r, 'groups'), ['groups']);
  // The mentions first: a contradiction may be pinned by another group's mention or by another
  // contradiction's.
  const byId = new Map<string, Mention>();
  const keep = (m: Mention) => {
    if (!byId.has(m.id)) byId.set(m.id, m);
    return m;
  };
  const read = groups.map((g, i): ReadMentions => {
    const r = record(g, ['groups', i]);
    const at: Path = ['groups', i];
    return {
      mentions: list(field(r, 'mentions'), [...at, 'mentions']).map((x, j) =>
        keep(mention(x, [...at, 'mentions', j])),
      ),
      contradicting: list(field(r, 'contradictions'), [...at, 'contradictions']).map((x, j) => {
        const c = record(x, [...at, 'contradictions', j]);
        return keep(mention(field(c, 'mention'), [...at, 'contradictions', j, 'mention']));
      }),
    };
  });
  const s = record(field(r, 'settings'), ['settings']);
  const to = field(s, 'to');
  return {
    groups: groups.map((g, i) => group(g, ['groups', i], read[i] as ReadMentions, byId)),
    ambiguous: list(field(r, 'ambiguous'), ['ambiguous']).map((x, i) => {
      const a = record(x, ['ambiguous', i]);
      return {
        mention: mention(field(a, 'mention'), ['ambiguous', i, 'mention']),
        candidates: strings(field(a, 'candidates'), ['ambiguous', i, 'candidates']),
      };
    }),
    issues: list(field(r, 'issues'), ['issues']).map((x, i) => issue(x, ['issues', i])),
    settings: {
      windowDays: whole(field(s, 'windowDays'), ['settings', 'windowDays'], 0),
      partyMatch: oneOf(field(s, 'partyMatch'), PARTY_MATCHES, ['settings', 'partyMatch']),
      quantum: oneOf(field(s, 'quantum'), QUANTUM_READINGS, ['settings', 'quantum']),
      nearMissBps: finite(field(s, 'nearMissBps'), ['settings', 'nearMissBps']),
      ...(to !== undefined ? { to: currencyAt(to, ['settings', 'to']) } : {}),
    },
  };
}

/**
 * {@link reconcileResultFromJSON} without throwing.
 *
 * @param json - a {@link ReconcileResultJSON}, or `JSON.parse` of one
 * @returns `{ success: true, output }` with the result, or `{ success: false, issues }` with one
 *   `INVALID_ARGUMENT` issue whose `path` names the bad field
 * @example
 * ```ts
 * import { safeReconcileResultFromJSON } from 'reckon';
 *
 * const r = safeReconcileResultFromJSON({ groups: 'none' });
 * if (!r.success) console.log(r.issues[0]?.path.join('.')); // → groups
 * ```
 */
export function safeReconcileResultFromJSON(json: unknown): SafeResult<ReconcileResult> {
  return safely(() => reconcileResultFromJSON(json as ReconcileResultJSON));
}
