import { describe, expect, it } from 'vitest';
import {
  explainAmbiguous,
  explainContradiction,
  explainGroup,
  explainMerge,
  reconcile,
  reconcileResultToJSON,
} from '../../src/reconcile/index';
import { datasetToJSON } from '../../src/schema/index';
import { mention, weekRates } from './fixtures';

const result = reconcile([mention('a', '£22bn'), mention('b', '$30bn')], { rates: weekRates });
const group = result.groups[0];

const rejects = (f: () => unknown, path: string) =>
  expect(f).toThrow(
    expect.objectContaining({ code: 'INVALID_ARGUMENT', details: expect.objectContaining({ path }) }),
  );

describe('explainGroup', () => {
  describe('what reconcile returned, handed back malformed', () => {
    it('throws INVALID_ARGUMENT naming the path', () => {
      rejects(() => explainGroup(null as never), 'group');
      rejects(() => explainGroup({ ...group, mentions: 'x' } as never), 'group.mentions');
      rejects(() => explainGroup({ ...group, kind: 'gift' } as never), 'group.kind');
      rejects(() => explainGroup(group as never, { language: 'fr' } as never), 'options.language');
      rejects(() => explainGroup(group as never, { locale: 'de' } as never), 'options.locale');
      rejects(() => explainGroup(group as never, 5 as never), 'options');
    });
  });
});

describe('explainMerge, explainContradiction, explainAmbiguous', () => {
  describe('malformed input', () => {
    it('throws INVALID_ARGUMENT naming the path', () => {
      rejects(() => explainMerge(group as never, { mention: 'a' } as never), 'evidence.basis');
      rejects(() => explainContradiction({} as never), 'contradiction.mention');
      rejects(
        () => explainAmbiguous({ mention: group?.mentions[0], candidates: [1] } as never),
        'ambiguous.candidates[0]',
      );
    });
  });
});

describe('reconcileResultToJSON', () => {
  describe('malformed input', () => {
    it('throws INVALID_ARGUMENT naming the path', () => {
      rejects(() => reconcileResultToJSON(null as never), 'result');
      rejects(() => reconcileResultToJSON({ ...result, groups: [{}] } as never), 'result.groups[0].id');
    });
  });
});

describe('reconcile', () => {
  describe('a list of rates with a hole', () => {
    it('throws INVALID_ARGUMENT naming the path', () => {
      rejects(() => reconcile([mention('a', '£1bn')], { rates: [null] as never }), 'options.rates[0]');
    });
  });
});

describe('datasetToJSON', () => {
  describe('not a dataset', () => {
    it('throws INVALID_ARGUMENT naming the path', () => {
      rejects(() => datasetToJSON(null as never), 'dataset');
      rejects(() => datasetToJSON({ documents: [] } as never), 'dataset.parties');
    });
  });
});
