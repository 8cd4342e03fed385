/**
 * Unknown options are refused (issue 15, review F5): a misspelled key such as `{ windw: 3 }` would
 * otherwise be ignored and the default used, while the caller believes the option took effect. Every
 * public function that takes an options object is called below with a valid call, then with one key
 * more; the last test compares this table with the exports whose TypeScript signatures take options,
 * so a new function with options fails here until it is added (and refuses unknown keys).
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import * as nscale from '../../src/datasets/nscale-2025-09/index';
import * as reckon from '../../src/index';
import { installReckonMatchers } from '../../src/vitest/index';

const UNKNOWN = 'surelyNotAnOption';

const ds = () => nscale.nscaleDataset();
const fig = (text: string) => reckon.parseFigure(text);
const rates = () => reckon.ratesFromList(ds().rates);
const snapshot = () => ({ from: fig('£11bn'), to: fig('€12.68bn'), publishedDate: '2025-09-18' });
const verdict = () => reckon.checkConversion(snapshot(), rates());
const mention = (id: string, text: string, date: string, commitment?: string): reckon.Mention => ({
  id,
  figure: fig(text),
  date,
  parties: [{ party: 'microsoft', role: 'investor' }],
  kind: 'investment',
  source: { document: `doc-${id}` },
  ...(commitment === undefined ? {} : { commitment }),
});
const mentions = () => [mention('a', '£22bn', '2025-09-16'), mention('b', '$30bn', '2025-09-17')];
const reconciled = () => reckon.reconcile(mentions(), { rates: rates() });
const aggregateOptions = () => ({ by: 'investor', to: 'EUR', rates: rates(), asOf: '2025-09-17' }) as const;
const aggregated = () => reckon.aggregate(ds().commitments, aggregateOptions());
const contradiction = () =>
  reckon.reconcile(
    [
      mention('a', '£22bn', '2025-09-16', 'ms'),
      mention('b', '£22bn', '2025-09-16', 'ms'),
      mention('c', '£220bn', '2025-09-17', 'ms'),
    ],
    { rates: rates() },
  ).groups[0]?.contradictions[0] as reckon.Contradiction;
const CSV = 'Date,USD,GBP,\n2025-09-18,1.1818,0.868,\n2025-09-17,1.1837,0.8675,\n';
const XML = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">',
  "<Cube><Cube time='2025-09-18'><Cube currency='USD' rate='1.1818'/><Cube currency='GBP' rate='0.868'/></Cube></Cube>",
  '</gesmes:Envelope>',
].join('\n');
const fetchXml = async () => ({ ok: true, status: 200, text: async () => XML });

type Extra = Record<string, unknown>;
// `as never`: the extra key is the point of the test, and the compiler rightly refuses it.
const o = (valid: object, extra: Extra) => ({ ...valid, ...extra }) as never;

/**
 * Every function reached through an export that takes an options object, by the name the coverage test
 * derives from the types (`Interface.method` for a method of a returned object), with a valid call
 * whose options get `extra` merged in. A matcher does not throw: it fails the assertion.
 */
const CALLS: Readonly<Record<string, { readonly call: (extra: Extra) => unknown; readonly matcher?: true }>> =
  {
    aggregate: { call: (x) => reckon.aggregate(ds().commitments, o(aggregateOptions(), x)) },
    aggregateAsync: { call: (x) => reckon.aggregateAsync(ds().commitments, o(aggregateOptions(), x)) },
    aggregator: { call: (x) => reckon.aggregator(o(aggregateOptions(), x)) },
    aggregateResultToJSON: {
      call: (x) => reckon.aggregateResultToJSON(aggregated(), o({ parties: ds().parties }, x)),
    },
    checkConversion: { call: (x) => reckon.checkConversion(snapshot(), rates(), o({ toleranceBps: 50 }, x)) },
    convertMoney: {
      call: (x) =>
        reckon.convertMoney(reckon.money('100', 'GBP'), 'EUR', rates(), o({ date: '2025-09-18' }, x)),
    },
    downloadEcbRates: { call: (x) => reckon.downloadEcbRates(o({ file: 'daily', fetch: fetchXml }, x)) },
    explainAmbiguous: {
      call: (x) =>
        reckon.explainAmbiguous(
          { mention: mentions()[0] as reckon.Mention, candidates: ['g1', 'g2'] },
          o({ language: 'de' }, x),
        ),
    },
    explainContradiction: {
      call: (x) => reckon.explainContradiction(contradiction(), o({ language: 'de' }, x)),
    },
    explainGroup: {
      call: (x) => reckon.explainGroup(reconciled().groups[0] as reckon.ReconciledCommitment, o({}, x)),
    },
    explainMerge: {
      call: (x) => {
        const group = reconciled().groups[0] as reckon.ReconciledCommitment;
        return reckon.explainMerge(
          group,
          group.evidence[0] as reckon.MergeEvidence,
          o({ language: 'en' }, x),
        );
      },
    },
    explainVerdict: { call: (x) => reckon.explainVerdict(verdict(), o({ language: 'de' }, x)) },
    extractConversions: {
      call: (x) =>
        reckon.extractConversions('bis zu 11 Mrd. Pfund (12,68 Mrd. Euro)', o({ language: 'de' }, x)),
    },
    extractFigures: { call: (x) => reckon.extractFigures('up to £11bn', o({ dollar: 'USD' }, x)) },
    extractFiguresIter: {
      call: (x) => [...reckon.extractFiguresIter('up to £11bn', o({ language: 'en' }, x))],
    },
    figureAllows: {
      call: (x) =>
        reckon.figureAllows(fig('£11bn'), reckon.money('11000000000', 'GBP'), o({ view: 'rounding' }, x)),
    },
    figureBounds: { call: (x) => reckon.figureBounds(fig('about £11bn'), o({ aboutBand: '0.05' }, x)) },
    formatFigure: { call: (x) => reckon.formatFigure(fig('up to £11bn'), o({ language: 'de' }, x)) },
    formatMoney: {
      call: (x) => reckon.formatMoney(reckon.money('12.5', 'EUR'), o({ notation: 'compact' }, x)),
    },
    impliedRate: { call: (x) => reckon.impliedRate(snapshot(), o({ assumeSourceExact: true }, x)) },
    mentionsFromDataset: { call: (x) => reckon.mentionsFromDataset(ds(), o({ keys: false }, x)) },
    money: { call: (x) => reckon.money(1250n, 'EUR', o({ minorUnits: true }, x)) },
    parseFigure: { call: (x) => reckon.parseFigure('bis zu 11 Mrd. Pfund', o({ language: 'de' }, x)) },
    ratesFromEcb: { call: (x) => reckon.ratesFromEcb(CSV, o({ source: 'ECB' }, x)) },
    ratesFromEcbCsv: { call: (x) => reckon.ratesFromEcbCsv(CSV, o({ strict: true }, x)) },
    ratesFromEcbXml: { call: (x) => reckon.ratesFromEcbXml(XML, o({ strict: true }, x)) },
    ratesFromList: { call: (x) => reckon.ratesFromList(ds().rates, o({ source: 'ECB' }, x)) },
    reconcile: { call: (x) => reckon.reconcile(mentions(), o({ rates: rates(), windowDays: 7 }, x)) },
    reconciledCommitments: { call: (x) => reckon.reconciledCommitments(reconciled(), o({ partOf: {} }, x)) },
    renderReportHtml: { call: (x) => reckon.renderReportHtml(aggregated(), ds(), o({ language: 'de' }, x)) },
    roundRatio: { call: (x) => reckon.roundRatio({ n: 1n, d: 3n }, o({ digits: 2 }, x)) },
    safeParseFigure: {
      call: (x) => {
        // The safe twin returns its error as an issue; thrown here so that every row is checked alike.
        const r = reckon.safeParseFigure('up to £11bn', o({ language: 'en' }, x));
        if (r.success) return r.output;
        throw new reckon.ReckonError(r.issues[0]?.code ?? 'INTERNAL', r.issues[0]?.message ?? '');
      },
    },
    toDecimalString: {
      call: (x) => reckon.toDecimalString(reckon.money('12.5', 'EUR'), o({ trim: true }, x)),
    },
    'RateProvider.rateOn': {
      call: (x) => rates().rateOn('GBP', 'EUR', '2025-09-20', o({ policy: 'nearest' }, x)),
    },
    'ReckonMatchers.toBeConsistentConversion': {
      call: (x) => expect(snapshot()).toBeConsistentConversion(rates(), o({ toleranceBps: 50 }, x)),
      matcher: true,
    },
    'ReckonMatchers.toAllow': {
      call: (x) =>
        expect(fig('up to £11bn')).toAllow(reckon.money('500000000', 'GBP'), o({ view: 'nominal' }, x)),
      matcher: true,
    },
  };

beforeAll(() => installReckonMatchers(expect));

/** Runs a call, awaiting a promise; returns the error thrown, or undefined. */
async function thrown(call: () => unknown): Promise<unknown> {
  try {
    await call();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('unknown options', () => {
  describe.each(Object.entries(CALLS))('%s', (_name, { call, matcher }) => {
    it('accepts the valid call', async () => {
      expect(await thrown(() => call({}))).toBeUndefined();
    });

    it(`refuses an unknown key, naming options.${UNKNOWN}`, async () => {
      const error = await thrown(() => call({ [UNKNOWN]: 1 }));
      if (matcher) {
        // A matcher reports what it cannot judge as a failed assertion, not as a ReckonError.
        expect(error).toBeInstanceOf(Error);
        expect(reckon.isReckonError(error)).toBe(false);
      } else {
        expect(reckon.isReckonError(error) && error.code).toBe('INVALID_ARGUMENT');
      }
      expect((error as Error).message).toContain(`options.${UNKNOWN}`);
      expect((error as Error).message).toContain('unknown option');
    });

    it('accepts an unknown key whose value is undefined, as an absent one', async () => {
      expect(await thrown(() => call({ [UNKNOWN]: undefined }))).toBeUndefined();
    });
  });
});

describe('the unknown-option message', () => {
  const message = (options: object) => {
    try {
      reckon.reconcile([], options as never);
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };

  describe('a close spelling', () => {
    it.each([
      ['windw', 'windowDays'],
      ['window', 'windowDays'],
      ['tolerence', 'toleranceBps'],
      ['partymatch', 'partyMatch'],
      ['quantm', 'quantum'],
    ])('suggests the known key for %s', (key, known) => {
      expect(message({ [key]: 1 })).toContain(`Did you mean ${known}?`);
    });

    it('suggests nothing for a key close to no known one', () => {
      expect(message({ [UNKNOWN]: 1 })).not.toContain('Did you mean');
      expect(message({ x: 1 })).not.toContain('Did you mean');
    });

    it('lists the known keys', () => {
      expect(message({ windw: 1 })).toContain('The options are rates, to, windowDays');
    });
  });

  describe('keys from a prototype', () => {
    it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
      'refuses an own %s key (from JSON.parse) as unknown',
      (key) => {
        const options = JSON.parse(`{"${key}": {"locale": "de"}}`) as object;
        let error: unknown;
        try {
          reckon.formatFigure(fig('£11bn'), options as never);
        } catch (e) {
          error = e;
        }
        expect(reckon.isReckonError(error) && error.code).toBe('INVALID_ARGUMENT');
        expect((error as Error).message).toContain(`options.${key} is an unknown option of formatFigure`);
      },
    );

    it('ignores inherited keys, known or not', () => {
      const inherited = Object.create({ locale: 'de', [UNKNOWN]: 1 }) as object;
      expect(reckon.formatFigure(fig('up to £11bn'), inherited as never)).toBe('up to £11bn');
    });
  });
});

/**
 * The name of the interface that declares a method in reckon's own src/ (`RateProvider.rateOn`), or
 * undefined for a method declared elsewhere (`String.localeCompare` on a constant's type).
 */
function ownerName(declaration: ts.Declaration | undefined, src: string): string | undefined {
  const parent = declaration?.parent;
  if (!parent || !declaration.getSourceFile().fileName.startsWith(src)) return undefined;
  if (ts.isInterfaceDeclaration(parent) || ts.isClassDeclaration(parent)) return parent.name?.text;
  if (ts.isTypeLiteralNode(parent) && ts.isTypeAliasDeclaration(parent.parent))
    return parent.parent.name.text;
  return undefined;
}

/**
 * The functions of the entry points that take an options object, read from the types: exported
 * functions, and methods of exported interfaces and types (what a function returns, such as a rate
 * provider; the matchers through `ReckonMatchers`). A parameter is an options object when it is called
 * `options` or its type's name ends in `Options`.
 */
function functionsWithOptions(): string[] {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const entries = [
    'index',
    'schema/index',
    'vitest/index',
    'datasets/nscale-2025-09/index',
    'datasets/uk-tech-2025-09/index',
  ].map((e) => `${root}src/${e}.ts`);
  const program = ts.createProgram(entries, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  });
  const checker = program.getTypeChecker();
  const found = new Set<string>();
  const takesOptions = (signature: ts.Signature, at: ts.Node) =>
    signature.getParameters().some((p) => {
      const name = checker.typeToString(checker.getTypeOfSymbolAtLocation(p, at));
      return p.name === 'options' || /Options\b/.test(name);
    });
  const visitMembers = (type: ts.Type, at: ts.Node) => {
    for (const member of type.getProperties()) {
      const owner = ownerName(member.declarations?.[0], `${root}src/`);
      const memberType = checker.getTypeOfSymbolAtLocation(member, at);
      if (owner && memberType.getCallSignatures().some((s) => takesOptions(s, at))) {
        found.add(`${owner}.${member.name}`);
      }
    }
  };
  for (const file of entries) {
    const source = program.getSourceFile(file);
    const module = source && checker.getSymbolAtLocation(source);
    if (!source || !module) throw new Error(`cannot read ${file}`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) {
        visitMembers(checker.getDeclaredTypeOfSymbol(symbol), source);
      }
      if (!symbol.valueDeclaration) continue;
      const type = checker.getTypeOfSymbolAtLocation(symbol, symbol.valueDeclaration);
      if (type.getCallSignatures().some((s) => takesOptions(s, source))) found.add(exported.name);
    }
  }
  return [...found].sort();
}

describe('the table', () => {
  it('covers every function of the entry points whose signature takes an options object', () => {
    const declared = functionsWithOptions();
    // Both ways: a new function with options must be added; a row for one without options is stale.
    expect(Object.keys(CALLS).sort()).toEqual(declared);
  }, 120_000);
});
