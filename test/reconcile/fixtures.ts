import { existsSync, readFileSync } from 'node:fs';
import {
  type CommitmentKind,
  type LoadedRates,
  type Participation,
  parseFigure,
  ratesFromEcbCsv,
  ratesFromList,
} from '../../src/index';
import type { Mention, ReconcileResult } from '../../src/reconcile/index';

/** The ECB fixes of the state-visit week (units per EUR), as DESIGN.md lists them. */
export const weekRates = ratesFromList(
  [
    ['2025-09-15', '1.1766', '0.8641'],
    ['2025-09-16', '1.1807', '0.8656'],
    ['2025-09-17', '1.1837', '0.8675'],
    ['2025-09-18', '1.1818', '0.868'],
    ['2025-09-19', '1.1736', '0.8708'],
  ].flatMap(([date, usd, gbp]) => [
    { base: 'EUR', quote: 'USD', value: usd as string, date: date as string, source: 'ECB' },
    { base: 'EUR', quote: 'GBP', value: gbp as string, date: date as string, source: 'ECB' },
  ]),
  { source: 'ECB' },
);

/** Options of {@link mention}: everything but the id and the figure has a default. */
export interface MentionSpec {
  readonly parties?: readonly Participation[];
  readonly kind?: CommitmentKind;
  readonly date?: string;
  readonly document?: string;
  readonly publisher?: string;
  readonly commitment?: string;
  readonly convertedFrom?: string;
}

export const microsoft: readonly Participation[] = [{ party: 'microsoft', role: 'investor' }];

/** A mention of Microsoft's investment by default, its figure read with parseFigure. */
export function mention(id: string, figure: string, spec: MentionSpec = {}): Mention {
  return {
    id,
    figure: parseFigure(figure),
    parties: spec.parties ?? microsoft,
    kind: spec.kind ?? 'investment',
    date: spec.date ?? '2025-09-17',
    source: {
      document: spec.document ?? `doc-${id}`,
      ...(spec.publisher !== undefined ? { publisher: spec.publisher } : {}),
      quote: figure,
    },
    ...(spec.commitment !== undefined ? { commitment: spec.commitment } : {}),
    ...(spec.convertedFrom !== undefined ? { convertedFrom: spec.convertedFrom } : {}),
  };
}

/** The groups as sorted lists of mention ids (contradictions left out). */
export function groupsOf(result: ReconcileResult): string[][] {
  return result.groups
    .map((g) => g.mentions.map((m) => m.id).sort())
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** The group that holds a mention. */
export function groupWith(result: ReconcileResult, id: string) {
  return result.groups.find((g) => g.mentions.some((m) => m.id === id));
}

const HISTORY = new URL('../../../shared/data/ecb/eurofxref-hist.csv', import.meta.url);

/** The ECB history from ../shared, or undefined (with a message) when it is absent. */
export function ecbHistory(): LoadedRates | undefined {
  if (!existsSync(HISTORY)) {
    console.warn(`[reckon tests] ECB history not found at ${HISTORY.pathname}: real-history tests skipped.`);
    return undefined;
  }
  return ratesFromEcbCsv(readFileSync(HISTORY, 'utf8'));
}
