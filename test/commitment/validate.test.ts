import { describe, expect, it } from 'vitest';
import { assertCommitments, type Commitment, checkCommitments, isAdditiveKind } from '../../src/index';
import { joint, parties, stake } from '../aggregate/fixtures';
import { expectReckonError } from '../helpers';

describe('checkCommitments', () => {
  it('accepts a valid set', () => {
    expect(checkCommitments(parties, [joint, stake])).toEqual([]);
  });
  it.each<[string, Commitment[], string, (string | number)[]]>([
    [
      'unknown party',
      [{ ...stake, parties: [{ party: 'amazon', role: 'investor' }] }],
      'UNKNOWN_PARTY',
      ['commitments', 0, 'parties', 0, 'party'],
    ],
    ['duplicate id', [stake, stake], 'DUPLICATE_ID', ['commitments', 1, 'id']],
    [
      'role that does not fit',
      [{ ...stake, parties: [{ party: 'nvidia', role: 'lender' }] }],
      'ROLE_MISMATCH',
      ['commitments', 0, 'parties', 0, 'role'],
    ],
    ['unknown partOf', [{ ...stake, partOf: 'nope' }], 'UNKNOWN_COMMITMENT', ['commitments', 0, 'partOf']],
    ['bad date', [{ ...stake, date: '17/09/2025' }], 'INVALID_DATE', ['commitments', 0, 'date']],
    [
      'bad duration',
      [{ ...stake, period: { duration: 'five years' } }],
      'INVALID_COMMITMENT',
      ['commitments', 0, 'period', 'duration'],
    ],
    ['id not kebab-case', [{ ...stake, id: 'Nvidia Stake' }], 'INVALID_COMMITMENT', ['commitments', 0, 'id']],
    ['no parties', [{ ...stake, parties: [] }], 'INVALID_COMMITMENT', ['commitments', 0, 'parties']],
  ])('%s', (_name, list, code, path) => {
    const issues = checkCommitments(parties, list);
    expect(issues.map((i) => [i.code, i.path])).toContainEqual([code, path]);
  });
  it('finds a partOf cycle once', () => {
    const a = { ...stake, id: 'a', partOf: 'b' };
    const b = { ...stake, id: 'b', partOf: 'c' };
    const c = { ...stake, id: 'c', partOf: 'a' };
    const issues = checkCommitments(parties, [a, b, c]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([['PART_OF_CYCLE', ['commitments', 0, 'partOf']]]);
  });
  it('finds duplicate and malformed party ids', () => {
    const issues = checkCommitments(
      [
        ...parties,
        { id: 'nvidia', name: 'x', kind: 'company' },
        { id: 'Bad Id', name: 'y', kind: 'company' },
      ],
      [],
    );
    expect(issues.map((i) => i.code)).toEqual(['DUPLICATE_ID', 'INVALID_COMMITMENT']);
  });
});

describe('assertCommitments', () => {
  it('throws the first problem with the offending id and every issue', () => {
    const e = expectReckonError(
      () => assertCommitments(parties, [{ ...stake, parties: [{ party: 'amazon', role: 'investor' }] }]),
      'UNKNOWN_PARTY',
    );
    expect(e.details.id).toBe('nvidia-stake');
    expect(e.details.issues).toHaveLength(1);
    expectReckonError(() => assertCommitments(parties, [stake, stake]), 'DUPLICATE_ID');
    const a = { ...stake, id: 'a', partOf: 'a' };
    expectReckonError(() => assertCommitments(parties, [a]), 'PART_OF_CYCLE');
    expect(() => assertCommitments(parties, [joint])).not.toThrow();
  });
});

describe('isAdditiveKind', () => {
  it('adds flows, not stocks', () => {
    expect(isAdditiveKind('investment')).toBe(true);
    expect(isAdditiveKind('loan')).toBe(true);
    expect(isAdditiveKind('valuation')).toBe(false);
    expect(isAdditiveKind('capitalUnderManagement')).toBe(false);
    expect(isAdditiveKind('marketCapitalisation')).toBe(false);
  });
});
