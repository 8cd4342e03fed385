import { describe, expect, it } from 'vitest';
import {
  assertCommitments,
  COMMITMENT_KIND_INFO,
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  type Commitment,
  isAdditiveKind,
  PARTY_KINDS,
  type Party,
  ROLES,
  validateCommitments,
} from '../../src/index';
import { expectReckonError } from '../helpers';

const parties: Party[] = [{ id: 'nvidia', name: 'Nvidia', kind: 'company' }];
const good = {
  id: 'c-1',
  kind: 'investment',
  status: 'announced',
  parties: [{ party: 'nvidia', role: 'investor' }],
} as Commitment;
const codesAt = (list: unknown[]) =>
  validateCommitments(parties, list as Commitment[]).map((i) => `${i.code} ${i.path.join('.')}`);

describe('ROLES, COMMITMENT_KINDS, COMMITMENT_STATUSES, COMMITMENT_KIND_INFO', () => {
  describe('shared by every caller', () => {
    it('are deeply frozen: a push or an assignment throws and changes nothing', () => {
      expect(() => (ROLES as string[]).push('thief')).toThrow(TypeError);
      expect(() => (COMMITMENT_STATUSES as string[]).pop()).toThrow(TypeError);
      expect(() => (COMMITMENT_KINDS as string[]).push('gift')).toThrow(TypeError);
      expect(() => (PARTY_KINDS as string[]).push('startup')).toThrow(TypeError);
      expect(() => {
        (COMMITMENT_KIND_INFO as Record<string, unknown>).gift = { additive: true, roles: [] };
      }).toThrow(TypeError);
      expect(() => {
        (COMMITMENT_KIND_INFO.valuation as { additive: boolean }).additive = true;
      }).toThrow(TypeError);
      expect(() => (COMMITMENT_KIND_INFO.investment.roles as string[]).push('thief')).toThrow(TypeError);
      expect(ROLES).not.toContain('thief');
      expect(COMMITMENT_KINDS).not.toContain('gift');
      expect(isAdditiveKind('valuation')).toBe(false);
    });
  });
});

describe('isAdditiveKind', () => {
  describe('a kind it knows', () => {
    it('tells flows from stocks', () => {
      for (const kind of COMMITMENT_KINDS)
        expect(isAdditiveKind(kind)).toBe(COMMITMENT_KIND_INFO[kind].additive);
    });
    it('lists in COMMITMENT_KINDS exactly the kinds COMMITMENT_KIND_INFO describes', () => {
      expect([...COMMITMENT_KINDS].sort()).toEqual(Object.keys(COMMITMENT_KIND_INFO).sort());
    });
  });
  describe('anything else', () => {
    it('throws INVALID_ARGUMENT, also for keys every object has', () => {
      for (const kind of [
        'constructor',
        '__proto__',
        'toString',
        'Investment',
        null,
        42,
        Object.create(null),
      ])
        expectReckonError(() => isAdditiveKind(kind as never), 'INVALID_ARGUMENT');
    });
  });
});

describe('validateCommitments', () => {
  describe('arguments that are not arrays', () => {
    it('throws INVALID_ARGUMENT naming the argument', () => {
      for (const value of [null, undefined, 42, {}, 'x']) {
        expect(
          expectReckonError(() => validateCommitments(value as never, []), 'INVALID_ARGUMENT').message,
        ).toContain('parties');
        expect(
          expectReckonError(() => validateCommitments(parties, value as never), 'INVALID_ARGUMENT').message,
        ).toContain('commitments');
      }
    });
  });

  describe('elements of the wrong shape', () => {
    it('are issues at their path, and the rest is still checked', () => {
      expect(codesAt([null, good])).toEqual(['INVALID_ARGUMENT commitments.0']);
      expect(codesAt([{ ...good, parties: null }])).toEqual(['INVALID_ARGUMENT commitments.0.parties']);
      expect(codesAt([{ ...good, parties: [null] }])).toEqual(['INVALID_ARGUMENT commitments.0.parties.0']);
      expect(codesAt([{ ...good, kind: 'constructor' }])).toEqual(['INVALID_ARGUMENT commitments.0.kind']);
      expect(codesAt([{ ...good, id: 7 }])).toEqual(['INVALID_ARGUMENT commitments.0.id']);
      expect(codesAt([{ ...good, period: { duration: Symbol('x') } }])).toEqual([
        'INVALID_ARGUMENT commitments.0.period.duration',
      ]);
      expect(
        codesAt([{ ...good, parties: [{ party: Object.create(null), role: Object.create(null) }] }]),
      ).toEqual([
        'UNKNOWN_PARTY commitments.0.parties.0.party',
        'ROLE_MISMATCH commitments.0.parties.0.role',
      ]);
      expect(validateCommitments([null as never], []).map((i) => i.path.join('.'))).toEqual(['parties.0']);
      const startup = { id: 'acme', name: 'Acme', kind: 'startup' } as unknown as Party;
      expect(validateCommitments([startup], []).map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
        'INVALID_ARGUMENT parties.0.kind',
      ]);
      for (const kind of PARTY_KINDS) expect(validateCommitments([{ ...startup, kind }], [])).toEqual([]);
    });

    it('assertCommitments throws the first of them', () => {
      expectReckonError(() => assertCommitments(parties, [null as never]), 'INVALID_ARGUMENT');
    });
  });
});
