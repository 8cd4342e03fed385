import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nscaleDataset } from '../../src/datasets/nscale-2025-09/index';
import {
  type AggregateOptions,
  type AggregateResult,
  type AggregateResultJSON,
  aggregate,
  aggregateResultFromJSON,
  aggregateResultToJSON,
  isMoney,
  isReckonError,
  moneyToJSON,
  ratesFromList,
  ratio,
  safeAggregateResultFromJSON,
} from '../../src/index';
import { expectReckonError } from '../helpers';
import { type Scenario, scenarioArb, toCommitment, toOptions } from '../oracle/aggregate/harness';

const SEED = 20261129;

/**
 * What "equal results" means: the same plain data, with money compared as moneyToJSON writes it
 * (currency, amount and scale), ratios in lowest terms (a rate read back from "0.8675" is 347/400
 * whatever form it was built in), and a row whose name is its id the same as one without a name.
 */
function canonical(value: unknown, key?: string): unknown {
  if (isMoney(value)) return { money: moneyToJSON(value) };
  if (Array.isArray(value)) return value.map((x) => canonical(x));
  if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if (Object.keys(o).length === 2 && typeof o.n === 'bigint' && typeof o.d === 'bigint') {
      const r = ratio(o.n, o.d);
      return { ratio: `${r.n}/${r.d}` };
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) {
      if (k === 'partyName' && v === o.party) continue;
      out[k] = canonical(v, k);
    }
    return out;
  }
  if (typeof value === 'bigint') throw new Error(`a bare bigint at ${key ?? 'the root'}`);
  return value;
}

const roundTrip = (r: AggregateResult) =>
  aggregateResultFromJSON(JSON.parse(JSON.stringify(aggregateResultToJSON(r))) as AggregateResultJSON);

/** A generated scenario's result, with party names (some equal to the id) and lists on or off. */
const resultArb = fc
  .record({
    scenario: scenarioArb(),
    names: fc.array(fc.constantFrom('Nvidia', 'nscale', 'Ünïcode “name”', ''), { maxLength: 6 }),
    listCommitments: fc.boolean(),
  })
  .map(
    ({
      scenario,
      names,
      listCommitments,
    }: {
      scenario: Scenario;
      names: string[];
      listCommitments: boolean;
    }) => {
      const commitments = scenario.commitments.map(toCommitment);
      const ids = [...new Set(commitments.flatMap((c) => c.parties.map((p) => p.party)))];
      const parties = ids.flatMap((id, i) =>
        names[i] === undefined ? [] : [{ id, name: names[i] || id, kind: 'company' as const }],
      );
      const options: AggregateOptions = {
        ...toOptions(scenario.options, scenario.options.by, scenario.ratesAs),
        parties,
        listCommitments,
      };
      try {
        return aggregate(commitments, options);
      } catch (error) {
        // Scenarios that aggregate refuses (a duplicate id changed) have no result to write.
        if (isReckonError(error)) return undefined;
        throw error;
      }
    },
  );

const nscale = () => {
  const d = nscaleDataset();
  return aggregate(d.commitments, { to: 'EUR', rates: ratesFromList(d.rates), parties: d.parties });
};

/** The JSON of the converted Nscale result, parsed: plain data to damage. */
// biome-ignore lint/suspicious/noExplicitAny: the tests damage this JSON anywhere, as a file could be.
const nscaleJSON = () => JSON.parse(JSON.stringify(aggregateResultToJSON(nscale()))) as Record<string, any>;

const expectBad = (json: unknown, path: string, issuePath: readonly (string | number)[]) => {
  const error = expectReckonError(
    () => aggregateResultFromJSON(json as AggregateResultJSON),
    'INVALID_ARGUMENT',
  );
  expect(error.details.path).toBe(path);
  const safe = safeAggregateResultFromJSON(json);
  expect(safe.success).toBe(false);
  if (!safe.success) {
    expect(safe.issues).toHaveLength(1);
    expect(safe.issues[0]?.code).toBe('INVALID_ARGUMENT');
    expect(safe.issues[0]?.path).toEqual(issuePath);
  }
};

describe('aggregateResultToJSON', () => {
  describe('what it writes', () => {
    it('writes every digit of a total’s scale, as moneyToJSON does', () => {
      const total = nscale().grandTotal.totals.GBP;
      const json = aggregateResultToJSON(nscale()).grandTotal.totals.GBP;
      expect(total?.high && moneyToJSON(total.high).amount).toBe(json?.high);
      expect(json?.high).toMatch(/\.\d\d$/);
    });

    it('writes each row’s count and rates, and every rate’s substitution', () => {
      const r = nscale();
      const json = aggregateResultToJSON(r);
      expect(json.grandTotal.count).toBe(r.grandTotal.count);
      expect(json.groups.map((g) => g.rates.length)).toEqual(r.groups.map((g) => g.rates.length));
      expect(json.rates.map((x) => x.substituted)).toEqual(r.rates.map((x) => x.substituted));
    });

    it('writes issues with their paths', () => {
      const r = nscale();
      expect(r.grandTotal.issues.length).toBeGreaterThan(0);
      expect(aggregateResultToJSON(r).grandTotal.issues.map((i) => i.path)).toEqual(
        r.grandTotal.issues.map((i) => i.path),
      );
    });
  });
});

describe('aggregateResultFromJSON', () => {
  describe('the round trip', () => {
    it('reads back an equal result for 300 generated aggregations', () => {
      fc.assert(
        fc.property(resultArb, (r) => {
          if (r === undefined) return;
          expect(canonical(roundTrip(r))).toStrictEqual(canonical(r));
        }),
        { numRuns: 300, seed: SEED },
      );
    }, 120_000);

    it('writes the same JSON again from what it read', () => {
      fc.assert(
        fc.property(resultArb, (r) => {
          if (r === undefined) return;
          expect(aggregateResultToJSON(roundTrip(r))).toStrictEqual(aggregateResultToJSON(r));
        }),
        { numRuns: 100, seed: SEED + 1 },
      );
    }, 60_000);

    it('reads back the converted Nscale result, with its rates, issues and figures not added', () => {
      const r = nscale();
      expect(r.rates.length).toBeGreaterThan(0);
      expect(r.grandTotal.notAdded.some((n) => n.amount !== undefined)).toBe(true);
      expect(canonical(roundTrip(r))).toStrictEqual(canonical(r));
    });

    it('reads what reckon report --json prints, ignoring the dataset and the sources', () => {
      const golden = readFileSync(
        new URL('../fixtures/cli-json/report-json-to-EUR.json', import.meta.url),
        'utf8',
      );
      const json = JSON.parse(golden) as AggregateResultJSON & { dataset: unknown };
      const { dataset: _dataset, ...plain } = json;
      expect(aggregateResultToJSON(aggregateResultFromJSON(json))).toStrictEqual(plain);
    });
  });

  describe('bad JSON', () => {
    it('refuses what is not an object', () => {
      for (const json of [null, [], 'json', 42]) expectBad(json, 'json', []);
    });

    it('names a missing key', () => {
      const { by: _by, ...json } = nscaleJSON();
      expectBad(json, 'json.by', ['by']);
      const g = nscaleJSON();
      delete g.groups[1].count;
      expectBad(g, 'json.groups[1].count', ['groups', 1, 'count']);
    });

    it('names a field of the wrong type', () => {
      const j = nscaleJSON();
      j.grandTotal.totals.GBP.high = 11500000000.5;
      expectBad(j, 'json.grandTotal.totals.GBP.high', ['grandTotal', 'totals', 'GBP', 'high']);
      const k = nscaleJSON();
      k.grandTotal.count = '6';
      expectBad(k, 'json.grandTotal.count', ['grandTotal', 'count']);
      const l = nscaleJSON();
      l.rates[0].substituted = 'no';
      expectBad(l, 'json.rates[0].substituted', ['rates', 0, 'substituted']);
    });

    it('names a value outside its union or range', () => {
      const j = nscaleJSON();
      j.allocation = 'half';
      expectBad(j, 'json.allocation', ['allocation']);
      const k = nscaleJSON();
      k.grandTotal.issues[0].code = 'OOPS';
      expectBad(k, 'json.grandTotal.issues[0].code', ['grandTotal', 'issues', 0, 'code']);
      const l = nscaleJSON();
      l.groups[0].count = -1;
      expectBad(l, 'json.groups[0].count', ['groups', 0, 'count']);
      const m = nscaleJSON();
      m.rates[0].value = '0';
      expectBad(m, 'json.rates[0].value', ['rates', 0, 'value']);
      const n = nscaleJSON();
      n.rates[0].date = '2025-02-30';
      expectBad(n, 'json.rates[0].date', ['rates', 0, 'date']);
    });

    it('refuses a total listed under another currency', () => {
      const j = nscaleJSON();
      j.grandTotal.totals.EUR = j.grandTotal.totals.GBP;
      expectBad(j, 'json.grandTotal.totals.EUR.currency', ['grandTotal', 'totals', 'EUR', 'currency']);
    });

    it('names the part of a figure not added that breaks a figure’s rules', () => {
      const j = nscaleJSON();
      const item = j.grandTotal.notAdded.find((n: { amount?: unknown }) => n.amount !== undefined);
      item.amount.qualifier = 'range';
      const at = j.grandTotal.notAdded.indexOf(item);
      expectBad(j, `json.grandTotal.notAdded[${at}].amount.max`, [
        'grandTotal',
        'notAdded',
        at,
        'amount',
        'max',
      ]);
    });

    it('treats prototype keys as data, never as inherited values', () => {
      const inherited = JSON.parse(
        '{"__proto__":{"by":"party"},"allocation":"equal","view":"nominal","groups":[]}',
      ) as unknown;
      expectBad(inherited, 'json.by', ['by']);
      const j = nscaleJSON();
      const text = JSON.stringify(j).replace(
        '"grandTotal":{"totals":{',
        '"grandTotal":{"totals":{"__proto__":{},',
      );
      expectBad(JSON.parse(text), 'json.grandTotal.totals.__proto__', ['grandTotal', 'totals', '__proto__']);
      const k = nscaleJSON();
      k.grandTotal.totals = { constructor: k.grandTotal.totals.GBP };
      expectBad(k, 'json.grandTotal.totals.constructor', ['grandTotal', 'totals', 'constructor']);
    });

    it('refuses huge decimals before reading them', () => {
      const j = nscaleJSON();
      j.grandTotal.totals.GBP.low = '9'.repeat(1_000_000);
      expectBad(j, 'json.grandTotal.totals.GBP.low', ['grandTotal', 'totals', 'GBP', 'low']);
      const k = nscaleJSON();
      k.rates[0].value = `${'1'.repeat(1_000_000)}/3`;
      expectBad(k, 'json.rates[0].value', ['rates', 0, 'value']);
    });
  });
});

describe('safeAggregateResultFromJSON', () => {
  describe('on good JSON', () => {
    it('returns what aggregateResultFromJSON returns', () => {
      const json = nscaleJSON();
      const safe = safeAggregateResultFromJSON(json);
      expect(safe.success).toBe(true);
      if (safe.success) {
        expect(canonical(safe.output)).toStrictEqual(
          canonical(aggregateResultFromJSON(json as AggregateResultJSON)),
        );
      }
    });
  });

  describe('on bad JSON', () => {
    it('returns one issue with the path of the bad field', () => {
      const j = nscaleJSON();
      j.groups[2].party.name = 7;
      expectBad(j, 'json.groups[2].party.name', ['groups', 2, 'party', 'name']);
    });
  });
});
