/**
 * The hostile walk's failures today, grouped by the src/ folder that owns the function: "<function>
 * <parameter> <value>" → the failure seen. walk.test.ts fails for a failure not listed here and for a
 * listed case that no longer fails the same way, so this list can only shrink as the fixes land.
 * Rewrite it with `HOSTILE_UPDATE=1 npx vitest run test/robustness/hostile/walk.test.ts`.
 */
export const KNOWN_FAILURES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // aggregate: 88
  aggregate: {
    'aggregate commitments null': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments undefined':
      'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments 0': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments -1': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments NaN': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments Infinity':
      'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments 1e308': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments 2.5': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments 42': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments true': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments false': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments {}': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments prototype keys':
      'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments null-prototype object':
      'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments function':
      'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments symbol': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments 1n': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments -(10n ** 400n)':
      'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments Date object':
      'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:51)',
    'aggregate commitments commitments with FigureJSON amounts':
      'TypeError: figure.amount.toJSON is not a function (src/aggregate/shares.ts:35)',
    'aggregate commitments [parties null]':
      "TypeError: Cannot read properties of null (reading 'length') (src/aggregate/fast-path.ts:48)",
    'aggregate options.by null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregate options.kinds null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregate options.statuses null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregate options.to null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregate options.rates [null]':
      "TypeError: Cannot read properties of null (reading 'source') (src/rates/static-rates.ts:26)",
    'aggregate options.asOf 1n': 'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'aggregate options.asOf -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'aggregate options.fallbackDate 1n':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'aggregate options.fallbackDate -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'aggregate options.allocation null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregate options.view null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregate options.almostBand null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregate options.aboutBand null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregate options.parties null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregate options.listCommitments null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregateAsync commitments null':
      "TypeError: Cannot read properties of null (reading 'Symbol(Symbol.asyncIterator)') (src/aggregate/aggregate.ts:82)",
    'aggregateAsync commitments undefined':
      "TypeError: Cannot read properties of undefined (reading 'Symbol(Symbol.asyncIterator)') (src/aggregate/aggregate.ts:82)",
    'aggregateAsync commitments 0':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:82)',
    'aggregateAsync commitments -1':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:82)',
    'aggregateAsync commitments NaN':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:82)',
    'aggregateAsync commitments Infinity':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:82)',
    'aggregateAsync commitments 1e308':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:82)',
    'aggregateAsync commitments 2.5':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:82)',
    'aggregateAsync commitments 42':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:82)',
    'aggregateAsync commitments true':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:82)',
    'aggregateAsync commitments false':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:82)',
    'aggregateAsync commitments {}':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:82)',
    'aggregateAsync commitments prototype keys':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:82)',
    'aggregateAsync commitments null-prototype object':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:82)',
    'aggregateAsync commitments function':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:82)',
    'aggregateAsync commitments symbol':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:82)',
    'aggregateAsync commitments 1n':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:82)',
    'aggregateAsync commitments -(10n ** 400n)':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:82)',
    'aggregateAsync commitments Date object':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:82)',
    'aggregateAsync commitments commitments with FigureJSON amounts':
      'TypeError: figure.amount.toJSON is not a function (src/aggregate/shares.ts:35)',
    'aggregateAsync commitments [parties null]':
      "TypeError: Cannot read properties of null (reading 'length') (src/aggregate/fast-path.ts:48)",
    'aggregateAsync options.by null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregateAsync options.kinds null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregateAsync options.statuses null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregateAsync options.to null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregateAsync options.rates [null]':
      "TypeError: Cannot read properties of null (reading 'source') (src/rates/static-rates.ts:26)",
    'aggregateAsync options.asOf 1n':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'aggregateAsync options.asOf -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'aggregateAsync options.fallbackDate 1n':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'aggregateAsync options.fallbackDate -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'aggregateAsync options.allocation null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregateAsync options.view null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregateAsync options.almostBand null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregateAsync options.aboutBand null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregateAsync options.parties null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'aggregateAsync options.listCommitments null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'createAggregator options.by null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'createAggregator options.kinds null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'createAggregator options.statuses null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'createAggregator options.to null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'createAggregator options.rates [null]':
      "TypeError: Cannot read properties of null (reading 'source') (src/rates/static-rates.ts:26)",
    'createAggregator options.asOf 1n':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'createAggregator options.asOf -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'createAggregator options.fallbackDate 1n':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'createAggregator options.fallbackDate -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'createAggregator options.allocation null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'createAggregator options.view null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'createAggregator options.almostBand null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'createAggregator options.aboutBand null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'createAggregator options.parties null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'createAggregator options.listCommitments null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/aggregate/options.ts:55)',
    'createAggregator().add commitment amount FigureJSON':
      'TypeError: figure.amount.toJSON is not a function (src/aggregate/shares.ts:35)',
  },
  // commitment: 152
  commitment: {
    'isAdditiveKind kind null':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind undefined':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind 0':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind -1':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind NaN':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind Infinity':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind 1e308':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind 2.5':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind 42':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind true':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind false':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    "isAdditiveKind kind ''":
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    "isAdditiveKind kind 'constructor'": 'bad return: returned undefined, not a boolean',
    "isAdditiveKind kind '__proto__'": 'bad return: returned undefined, not a boolean',
    "isAdditiveKind kind 'toString'": 'bad return: returned undefined, not a boolean',
    'isAdditiveKind kind lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind []':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind [null]':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind {}':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/commitment/model.ts:158)',
    'isAdditiveKind kind function':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind symbol':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind 1n':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'isAdditiveKind kind Date object':
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    "isAdditiveKind kind 'investments'":
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    "isAdditiveKind kind 'Investment'":
      "TypeError: Cannot read properties of undefined (reading 'additive') (src/commitment/model.ts:158)",
    'checkCommitments parties null':
      "TypeError: Cannot read properties of null (reading 'forEach') (src/commitment/validate.ts:62)",
    'checkCommitments parties undefined':
      "TypeError: Cannot read properties of undefined (reading 'forEach') (src/commitment/validate.ts:62)",
    'checkCommitments parties 0':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties -1':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties NaN':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties Infinity':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties 1e308':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties 2.5':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties 42':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties true':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties false':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    "checkCommitments parties ''":
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    "checkCommitments parties 'constructor'":
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    "checkCommitments parties '__proto__'":
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    "checkCommitments parties 'toString'":
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties lone high surrogate':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties lone low surrogate':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties 1MB letters':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties 1MB digits':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties [null]':
      "TypeError: Cannot read properties of null (reading 'id') (src/commitment/validate.ts:63)",
    'checkCommitments parties {}':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties prototype keys':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties null-prototype object':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties function':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties symbol':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties 1n':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties -(10n ** 400n)':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments parties Date object':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'checkCommitments commitments null':
      "TypeError: Cannot read properties of null (reading 'forEach') (src/commitment/validate.ts:70)",
    'checkCommitments commitments undefined':
      "TypeError: Cannot read properties of undefined (reading 'forEach') (src/commitment/validate.ts:70)",
    'checkCommitments commitments 0':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments -1':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments NaN':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments Infinity':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments 1e308':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments 2.5':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments 42':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments true':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments false':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    "checkCommitments commitments ''":
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    "checkCommitments commitments 'constructor'":
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    "checkCommitments commitments '__proto__'":
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    "checkCommitments commitments 'toString'":
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments lone high surrogate':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments lone low surrogate':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments 1MB letters':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments 1MB digits':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments [null]':
      "TypeError: Cannot read properties of null (reading 'id') (src/commitment/validate.ts:72)",
    'checkCommitments commitments {}':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments prototype keys':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments null-prototype object':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments function':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments symbol':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments 1n':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments -(10n ** 400n)':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments Date object':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'checkCommitments commitments [{}]':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/commitment/validate.ts:82)",
    "checkCommitments commitments [kind 'constructor']":
      "TypeError: Cannot read properties of undefined (reading 'includes') (src/commitment/validate.ts:103)",
    'checkCommitments commitments [parties null]':
      "TypeError: Cannot read properties of null (reading 'length') (src/commitment/validate.ts:82)",
    'assertCommitments parties null':
      "TypeError: Cannot read properties of null (reading 'forEach') (src/commitment/validate.ts:62)",
    'assertCommitments parties undefined':
      "TypeError: Cannot read properties of undefined (reading 'forEach') (src/commitment/validate.ts:62)",
    'assertCommitments parties 0':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties -1':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties NaN':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties Infinity':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties 1e308':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties 2.5':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties 42':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties true':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties false':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    "assertCommitments parties ''":
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    "assertCommitments parties 'constructor'":
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    "assertCommitments parties '__proto__'":
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    "assertCommitments parties 'toString'":
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties lone high surrogate':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties lone low surrogate':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties 1MB letters':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties 1MB digits':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties [null]':
      "TypeError: Cannot read properties of null (reading 'id') (src/commitment/validate.ts:63)",
    'assertCommitments parties {}':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties prototype keys':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties null-prototype object':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties function':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties symbol':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties 1n':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties -(10n ** 400n)':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments parties Date object':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:62)',
    'assertCommitments commitments null':
      "TypeError: Cannot read properties of null (reading 'forEach') (src/commitment/validate.ts:70)",
    'assertCommitments commitments undefined':
      "TypeError: Cannot read properties of undefined (reading 'forEach') (src/commitment/validate.ts:70)",
    'assertCommitments commitments 0':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments -1':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments NaN':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments Infinity':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments 1e308':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments 2.5':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments 42':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments true':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments false':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    "assertCommitments commitments ''":
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    "assertCommitments commitments 'constructor'":
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    "assertCommitments commitments '__proto__'":
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    "assertCommitments commitments 'toString'":
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments lone high surrogate':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments lone low surrogate':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments 1MB letters':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments 1MB digits':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments [null]':
      "TypeError: Cannot read properties of null (reading 'id') (src/commitment/validate.ts:72)",
    'assertCommitments commitments {}':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments prototype keys':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments null-prototype object':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments function':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments symbol':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments 1n':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments -(10n ** 400n)':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments Date object':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:70)',
    'assertCommitments commitments [{}]':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/commitment/validate.ts:82)",
    "assertCommitments commitments [kind 'constructor']":
      "TypeError: Cannot read properties of undefined (reading 'includes') (src/commitment/validate.ts:103)",
    'assertCommitments commitments [parties null]':
      "TypeError: Cannot read properties of null (reading 'length') (src/commitment/validate.ts:82)",
    'COMMITMENT_KINDS (constant) deeply frozen': 'mutable: COMMITMENT_KINDS is not frozen',
    'COMMITMENT_STATUSES (constant) deeply frozen': 'mutable: COMMITMENT_STATUSES is not frozen',
    'ROLES (constant) deeply frozen': 'mutable: ROLES is not frozen',
  },
  // conversion: 157
  conversion: {
    'checkConversion snapshot null':
      "TypeError: Cannot read properties of null (reading 'from') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot undefined':
      "TypeError: Cannot read properties of undefined (reading 'from') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot 0':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot -1':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot NaN':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot Infinity':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot 1e308':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot 2.5':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot 42':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot true':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot false':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    "checkConversion snapshot ''":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    "checkConversion snapshot 'constructor'":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    "checkConversion snapshot '__proto__'":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    "checkConversion snapshot 'toString'":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot []':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot [null]':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot {}':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot null-prototype object':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot function':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot symbol':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot 1n':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion snapshot Date object':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'checkConversion rates [null]':
      "TypeError: Cannot read properties of null (reading 'source') (src/rates/static-rates.ts:26)",
    'checkConversion options null':
      "TypeError: Cannot read properties of null (reading 'assumeSourceExact') (src/conversion/implied-rate.ts:69)",
    'checkConversion options.toleranceBps null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:285)',
    'checkConversion options.toleranceBps symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:285)',
    'checkConversion options.maxResolutionBps null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:285)',
    'checkConversion options.maxResolutionBps symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:285)',
    'defaultToleranceBps a null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/conversion/check-conversion.ts:116)',
    'defaultToleranceBps a symbol':
      'TypeError: Cannot convert a Symbol value to a number (src/conversion/check-conversion.ts:116)',
    'defaultToleranceBps b null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/conversion/check-conversion.ts:116)',
    'defaultToleranceBps b symbol':
      'TypeError: Cannot convert a Symbol value to a number (src/conversion/check-conversion.ts:116)',
    'explainVerdict verdict null':
      "TypeError: Cannot read properties of null (reading 'from') (src/conversion/explain.ts:100)",
    'explainVerdict verdict undefined':
      "TypeError: Cannot read properties of undefined (reading 'from') (src/conversion/explain.ts:100)",
    'explainVerdict verdict 0':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict -1':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict NaN':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict Infinity':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict 1e308':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict 2.5':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict 42':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict true':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict false':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    "explainVerdict verdict ''":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    "explainVerdict verdict 'constructor'":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    "explainVerdict verdict '__proto__'":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    "explainVerdict verdict 'toString'":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict []':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict [null]':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict {}':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict null-prototype object':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict function':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict symbol':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict 1n':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict verdict Date object':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    "explainVerdict verdict { status: 'consistent' }":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:17)",
    'explainVerdict options null':
      "TypeError: Cannot read properties of null (reading 'locale') (src/conversion/explain.ts:98)",
    'explainVerdict options.locale 0':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale -1':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale NaN':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale Infinity':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale 1e308':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale 2.5':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale 42':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale true':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale false':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    "explainVerdict options.locale ''":
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    "explainVerdict options.locale 'constructor'":
      'bad return: text contains junk: undefined€12undefined68 is undefined£11 at the ECB reference rate of 17 09 2025 (0.8675 GBP per EUR), within 0.1 bp.',
    "explainVerdict options.locale '__proto__'":
      'bad return: text contains junk: undefined€12undefined68 is undefined£11 at the ECB reference rate of 17 09 2025 (0.8675 GBP per EUR), within 0.1 bp.',
    "explainVerdict options.locale 'toString'":
      'bad return: text contains junk: undefined€12undefined68 is undefined£11 at the ECB reference rate of 17 09 2025 (0.8675 GBP per EUR), within 0.1 bp.',
    'explainVerdict options.locale lone high surrogate':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale lone low surrogate':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale 1MB letters':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale 1MB digits':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale []':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale [null]':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale {}':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale prototype keys':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/figure/format-figure.ts:106)',
    'explainVerdict options.locale function':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale symbol':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale 1n':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale -(10n ** 400n)':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'explainVerdict options.locale Date object':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    "explainVerdict options.locale 'fr'":
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    "explainVerdict options.locale 'EN'":
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    "explainVerdict options.locale 'de-DE'":
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'impliedRate snapshot null':
      "TypeError: Cannot read properties of null (reading 'from') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot undefined':
      "TypeError: Cannot read properties of undefined (reading 'from') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot 0':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot -1':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot NaN':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot Infinity':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot 1e308':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot 2.5':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot 42':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot true':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot false':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    "impliedRate snapshot ''":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    "impliedRate snapshot 'constructor'":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    "impliedRate snapshot '__proto__'":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    "impliedRate snapshot 'toString'":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot []':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot [null]':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot {}':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot null-prototype object':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot function':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot symbol':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot 1n':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate snapshot Date object':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'impliedRate options null':
      "TypeError: Cannot read properties of null (reading 'assumeSourceExact') (src/conversion/implied-rate.ts:69)",
    'impliedRates snapshots null':
      'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots undefined':
      'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots 0': 'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots -1': 'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots NaN': 'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots Infinity':
      'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots 1e308':
      'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots 2.5': 'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots 42': 'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots true':
      'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots false':
      'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots [null]':
      "TypeError: Cannot read properties of null (reading 'publishedDate') (src/conversion/implied-rates.ts:24)",
    'impliedRates snapshots {}': 'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots prototype keys':
      'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots null-prototype object':
      'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots function':
      'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots symbol':
      'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots 1n': 'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots -(10n ** 400n)':
      'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates snapshots Date object':
      'TypeError: snapshots is not iterable (src/conversion/implied-rates.ts:23)',
    'impliedRates().rateOn base null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/rates/provider.ts:114)',
    'impliedRates().rateOn base symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/rates/provider.ts:114)',
    'impliedRates().rateOn quote null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/rates/provider.ts:114)',
    'impliedRates().rateOn quote symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/rates/provider.ts:114)',
    'impliedRates().rateOn date 1n':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'impliedRates().rateOn date -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'impliedRates().rateOn options null':
      "TypeError: Cannot read properties of null (reading 'policy') (src/rates/provider.ts:167)",
  },
  // extract: 6
  extract: {
    'extractFiguresIter options null':
      "TypeError: Cannot read properties of null (reading 'dollar') (src/extract/extract.ts:187)",
    'extractFiguresIter options.locale null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/extract/extract.ts:203)',
    'extractFigures options null':
      "TypeError: Cannot read properties of null (reading 'dollar') (src/extract/extract.ts:187)",
    'extractFigures options.locale null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/extract/extract.ts:203)',
    'extractConversions options null':
      "TypeError: Cannot read properties of null (reading 'dollar') (src/extract/extract.ts:187)",
    'extractConversions options.locale null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/extract/extract.ts:203)',
  },
  // figure: 57
  figure: {
    'figureBounds figure null':
      "TypeError: Cannot read properties of null (reading 'amount') (src/figure/bounds.ts:132)",
    'figureBounds figure undefined':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/figure/bounds.ts:132)",
    "figureBounds figure qualifier 'sometimes'":
      "TypeError: Cannot read properties of undefined (reading 'currency') (src/figure/bounds.ts:92)",
    "figureBounds figure qualifier 'constructor'":
      "TypeError: Cannot read properties of undefined (reading 'currency') (src/figure/bounds.ts:92)",
    'figureBounds options null':
      "TypeError: Cannot read properties of null (reading 'view') (src/figure/bounds.ts:113)",
    'figureBounds options.almostBand 0':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'figureBounds options.almostBand null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:114)',
    'figureBounds options.almostBand symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:114)',
    'figureBounds options.almostBand 1n':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'figureBounds options.almostBand 0.1 (a number)':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'figureBounds options.aboutBand 0': 'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'figureBounds options.aboutBand null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:114)',
    'figureBounds options.aboutBand symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:114)',
    'figureBounds options.aboutBand 1n':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'figureBounds options.aboutBand 0.1 (a number)':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'figureFromJSON json null':
      "TypeError: Cannot read properties of null (reading 'qualifier') (src/figure/figure-json.ts:74)",
    'figureFromJSON json undefined':
      "TypeError: Cannot read properties of undefined (reading 'qualifier') (src/figure/figure-json.ts:74)",
    'figureToJSON figure null':
      "TypeError: Cannot read properties of null (reading 'amount') (src/figure/figure-json.ts:47)",
    'figureToJSON figure undefined':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/figure/figure-json.ts:47)",
    'formatFigure figure null':
      "TypeError: Cannot read properties of null (reading 'amount') (src/figure/format-figure.ts:136)",
    'formatFigure figure undefined':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/figure/format-figure.ts:136)",
    "formatFigure figure qualifier 'sometimes'": 'bad return: text contains junk: undefined11 Mrd. £',
    "formatFigure figure qualifier 'constructor'":
      'bad return: text contains junk: function Object() { [native code] }11 Mrd. £',
    'formatFigure options null':
      "TypeError: Cannot read properties of null (reading 'locale') (src/figure/format-figure.ts:135)",
    'formatFigure options.locale 0':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale -1':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale NaN':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale Infinity':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale 1e308':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale 2.5':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale 42':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale true':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale false':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    "formatFigure options.locale ''":
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    "formatFigure options.locale 'constructor'": 'bad return: text contains junk: undefined£11',
    "formatFigure options.locale '__proto__'": 'bad return: text contains junk: undefined£11',
    "formatFigure options.locale 'toString'": 'bad return: text contains junk: undefined£11',
    'formatFigure options.locale lone high surrogate':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale lone low surrogate':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale 1MB letters':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale 1MB digits':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale []':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale [null]':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale {}':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale prototype keys':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/figure/format-figure.ts:106)',
    'formatFigure options.locale function':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale symbol':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale 1n':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale -(10n ** 400n)':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'formatFigure options.locale Date object':
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    "formatFigure options.locale 'fr'":
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    "formatFigure options.locale 'EN'":
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    "formatFigure options.locale 'de-DE'":
      "TypeError: Cannot destructure property 'group' of 'SEPARATORS[locale]' as it is undefined. (src/figure/format-figure.ts:106)",
    'parseFigure options null':
      "TypeError: Cannot read properties of null (reading 'dollar') (src/figure/parse-figure.ts:52)",
    'safeParseFigure options null':
      "TypeError: Cannot read properties of null (reading 'dollar') (src/figure/parse-figure.ts:52)",
    'QUALIFIERS (constant) deeply frozen': 'mutable: QUALIFIERS is not frozen',
  },
  // math: 83
  math: {
    'parseRatio text null':
      "TypeError: Cannot read properties of null (reading 'indexOf') (src/math/ratio.ts:132)",
    'parseRatio text undefined':
      "TypeError: Cannot read properties of undefined (reading 'indexOf') (src/math/ratio.ts:132)",
    'parseRatio text 0': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:132)',
    'parseRatio text -1': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:132)',
    'parseRatio text NaN': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:132)',
    'parseRatio text Infinity': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:132)',
    'parseRatio text 1e308': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:132)',
    'parseRatio text 2.5': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:132)',
    'parseRatio text 42': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:132)',
    'parseRatio text true': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:132)',
    'parseRatio text false': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:132)',
    'parseRatio text {}': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:132)',
    'parseRatio text prototype keys': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:132)',
    'parseRatio text null-prototype object':
      'TypeError: text.indexOf is not a function (src/math/ratio.ts:132)',
    'parseRatio text function': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:132)',
    'parseRatio text symbol': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:132)',
    'parseRatio text 1n': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:132)',
    'parseRatio text -(10n ** 400n)': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:132)',
    'parseRatio text Date object': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:132)',
    'ratioCmp a null': "TypeError: Cannot read properties of null (reading 'n') (src/math/ratio.ts:81)",
    'ratioCmp a undefined':
      "TypeError: Cannot read properties of undefined (reading 'n') (src/math/ratio.ts:81)",
    'ratioCmp a 0':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a -1':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a NaN':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a Infinity':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a 1e308':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a 2.5':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a 42':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a true':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a false':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    "ratioCmp a ''":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    "ratioCmp a 'constructor'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    "ratioCmp a '__proto__'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    "ratioCmp a 'toString'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a lone high surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a lone low surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a 1MB letters':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a 1MB digits':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a []':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a [null]':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a {}':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a prototype keys':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a null-prototype object':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a function':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a symbol':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a 1n':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a -(10n ** 400n)':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a Date object':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a { n: 1, d: 3 } numbers':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    "ratioCmp a { n: '1', d: '3' } strings":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp a no denominator':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:82)',
    'ratioCmp b null': "TypeError: Cannot read properties of null (reading 'd') (src/math/ratio.ts:81)",
    'ratioCmp b undefined':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:81)",
    'ratioCmp b 0':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b -1':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b NaN':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b Infinity':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b 1e308':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b 2.5':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b 42':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b true':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b false':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    "ratioCmp b ''":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    "ratioCmp b 'constructor'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    "ratioCmp b '__proto__'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    "ratioCmp b 'toString'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b lone high surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b lone low surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b 1MB letters':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b 1MB digits':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b []':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b [null]':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b {}':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b prototype keys':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b null-prototype object':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b function':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b symbol':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b 1n':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b -(10n ** 400n)':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b Date object':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b { n: 1, d: 3 } numbers':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    "ratioCmp b { n: '1', d: '3' } strings":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
    'ratioCmp b no denominator':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:81)',
  },
  // rates: 66
  rates: {
    'createRate input null':
      "TypeError: Cannot read properties of null (reading 'base') (src/rates/rate.ts:47)",
    'createRate input undefined':
      "TypeError: Cannot read properties of undefined (reading 'base') (src/rates/rate.ts:47)",
    'downloadEcbRates options null':
      "TypeError: Cannot read properties of null (reading 'file') (src/rates/download.ts:33)",
    'downloadEcbRates options.file null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/rates/download.ts:34)',
    'downloadEcbRates options.file symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/rates/download.ts:34)',
    'downloadEcbRates options.baseUrl null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/rates/download.ts:35)',
    'downloadEcbRates options.baseUrl symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/rates/download.ts:35)',
    'isTargetBusinessDay day 1n': 'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'isTargetBusinessDay day -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'parseEcbCsv options null':
      "TypeError: Cannot read properties of null (reading 'source') (src/rates/ecb-csv.ts:84)",
    'previousTargetBusinessDay day 1n':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'previousTargetBusinessDay day -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'rateToJSON rate null':
      "TypeError: Cannot read properties of null (reading 'base') (src/rates/rate.ts:102)",
    'rateToJSON rate undefined':
      "TypeError: Cannot read properties of undefined (reading 'base') (src/rates/rate.ts:102)",
    'staticRates rates null': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates undefined': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates 0': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates -1': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates NaN': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates Infinity': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates 1e308': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates 2.5': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates 42': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates true': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates false': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates [null]':
      "TypeError: Cannot read properties of null (reading 'source') (src/rates/static-rates.ts:26)",
    'staticRates rates {}': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates prototype keys': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates null-prototype object':
      'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates function': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates symbol': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates 1n': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates -(10n ** 400n)': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates Date object': 'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'staticRates rates provider-like object without methods':
      'TypeError: rates is not iterable (src/rates/static-rates.ts:25)',
    'toRateProvider rates [null]':
      "TypeError: Cannot read properties of null (reading 'source') (src/rates/static-rates.ts:26)",
    'parseEcbCsv().fixes base null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/rates/provider.ts:114)',
    'parseEcbCsv().fixes base symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/rates/provider.ts:114)',
    'parseEcbCsv().fixes quote null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/rates/provider.ts:114)',
    'parseEcbCsv().fixes quote symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/rates/provider.ts:114)',
    'parseEcbCsv().fixes from 1n': 'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'parseEcbCsv().fixes from -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'parseEcbCsv().fixes to 1n': 'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'parseEcbCsv().fixes to -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'parseEcbCsv().rateOn base null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/rates/provider.ts:114)',
    'parseEcbCsv().rateOn base symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/rates/provider.ts:114)',
    'parseEcbCsv().rateOn quote null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/rates/provider.ts:114)',
    'parseEcbCsv().rateOn quote symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/rates/provider.ts:114)',
    'parseEcbCsv().rateOn date 1n':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'parseEcbCsv().rateOn date -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'parseEcbCsv().rateOn options null':
      "TypeError: Cannot read properties of null (reading 'policy') (src/rates/provider.ts:167)",
    'staticRates().fixes base null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/rates/provider.ts:114)',
    'staticRates().fixes base symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/rates/provider.ts:114)',
    'staticRates().fixes quote null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/rates/provider.ts:114)',
    'staticRates().fixes quote symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/rates/provider.ts:114)',
    'staticRates().fixes from 1n': 'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'staticRates().fixes from -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'staticRates().fixes to 1n': 'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'staticRates().fixes to -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'staticRates().rateOn base null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/rates/provider.ts:114)',
    'staticRates().rateOn base symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/rates/provider.ts:114)',
    'staticRates().rateOn quote null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/rates/provider.ts:114)',
    'staticRates().rateOn quote symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/rates/provider.ts:114)',
    'staticRates().rateOn date 1n':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'staticRates().rateOn date -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'staticRates().rateOn options null':
      "TypeError: Cannot read properties of null (reading 'policy') (src/rates/provider.ts:167)",
  },
  // reconcile: 293
  reconcile: {
    'reconcile options.rates [null]':
      "TypeError: Cannot read properties of null (reading 'source') (src/rates/static-rates.ts:26)",
    'reconcileResultToJSON result null':
      "TypeError: Cannot read properties of null (reading 'groups') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result undefined':
      "TypeError: Cannot read properties of undefined (reading 'groups') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result 0':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result -1':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result NaN':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result Infinity':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result 1e308':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result 2.5':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result 42':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result true':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result false':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    "reconcileResultToJSON result ''":
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    "reconcileResultToJSON result 'constructor'":
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    "reconcileResultToJSON result '__proto__'":
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    "reconcileResultToJSON result 'toString'":
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result []':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result [null]':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result {}':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result null-prototype object':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result function':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result symbol':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result 1n':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result Date object':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'reconcileResultToJSON result a group, not a result':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/reconcile/json.ts:163)",
    'explainGroup group null':
      "TypeError: Cannot read properties of null (reading 'kind') (src/reconcile/explain.ts:308)",
    'explainGroup group undefined':
      "TypeError: Cannot read properties of undefined (reading 'kind') (src/reconcile/explain.ts:308)",
    'explainGroup group 0':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group -1':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group NaN':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group Infinity':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group 1e308':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group 2.5':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group 42':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group true':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group false':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    "explainGroup group ''":
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    "explainGroup group 'constructor'":
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    "explainGroup group '__proto__'":
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    "explainGroup group 'toString'":
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group 1MB letters':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group 1MB digits':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group []':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group [null]':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group {}':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group prototype keys':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group null-prototype object':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group function':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group symbol':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group 1n':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup group Date object':
      "TypeError: Cannot read properties of undefined (reading '1') (src/reconcile/explain.ts:52)",
    'explainGroup options null':
      "TypeError: Cannot read properties of null (reading 'locale') (src/reconcile/explain.ts:74)",
    'explainGroup options.locale 0':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale -1':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale NaN':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale Infinity':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale 1e308':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale 2.5':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale 42':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale true':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale false':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    "explainGroup options.locale ''":
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale 1MB letters':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale 1MB digits':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale []':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale [null]':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale {}':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale prototype keys':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/rates/dates.ts:60)',
    'explainGroup options.locale function':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale symbol':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale 1n':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainGroup options.locale Date object':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    "explainGroup options.locale 'fr'":
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    "explainGroup options.locale 'EN'":
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    "explainGroup options.locale 'de-DE'":
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainMerge (baseline)':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence null':
      "TypeError: Cannot read properties of null (reading 'mentions') (src/reconcile/explain.ts:151)",
    'explainMerge evidence undefined':
      "TypeError: Cannot read properties of undefined (reading 'mentions') (src/reconcile/explain.ts:151)",
    'explainMerge evidence 0':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence -1':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence NaN':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence Infinity':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence 1e308':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence 2.5':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence 42':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence true':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence false':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    "explainMerge evidence ''":
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    "explainMerge evidence 'constructor'":
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    "explainMerge evidence '__proto__'":
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    "explainMerge evidence 'toString'":
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence []':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence [null]':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence {}':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence null-prototype object':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence function':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence symbol':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence 1n':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge evidence Date object':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options null':
      "TypeError: Cannot read properties of null (reading 'mention') (src/reconcile/explain.ts:178)",
    'explainMerge options undefined':
      "TypeError: Cannot read properties of undefined (reading 'mention') (src/reconcile/explain.ts:178)",
    'explainMerge options 0':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options -1':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options NaN':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options Infinity':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options 1e308':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options 2.5':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options 42':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options true':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options false':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    "explainMerge options ''":
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    "explainMerge options 'constructor'":
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    "explainMerge options '__proto__'":
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    "explainMerge options 'toString'":
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options []':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options [null]':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options {}':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options null-prototype object':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options function':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options symbol':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options 1n':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options Date object':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale null':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale undefined':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale 0':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale -1':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale NaN':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale Infinity':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale 1e308':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale 2.5':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale 42':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale true':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale false':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    "explainMerge options.locale ''":
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    "explainMerge options.locale 'constructor'":
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    "explainMerge options.locale '__proto__'":
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    "explainMerge options.locale 'toString'":
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale []':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale [null]':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale {}':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale null-prototype object':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale function':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale symbol':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale 1n':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainMerge options.locale Date object':
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    "explainMerge options.locale 'fr'":
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    "explainMerge options.locale 'EN'":
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    "explainMerge options.locale 'de-DE'":
      "TypeError: Cannot read properties of undefined (reading 'find') (src/reconcile/explain.ts:151)",
    'explainContradiction contradiction null':
      "TypeError: Cannot read properties of null (reading 'mention') (src/reconcile/explain.ts:238)",
    'explainContradiction contradiction undefined':
      "TypeError: Cannot read properties of undefined (reading 'mention') (src/reconcile/explain.ts:238)",
    'explainContradiction contradiction 0':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction -1':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction NaN':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction Infinity':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction 1e308':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction 2.5':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction 42':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction true':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction false':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    "explainContradiction contradiction ''":
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    "explainContradiction contradiction 'constructor'":
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    "explainContradiction contradiction '__proto__'":
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    "explainContradiction contradiction 'toString'":
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction []':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction [null]':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction {}':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction null-prototype object':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction function':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction symbol':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction 1n':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction contradiction Date object':
      "TypeError: Cannot read properties of undefined (reading 'figure') (src/reconcile/explain.ts:82)",
    'explainContradiction options null':
      "TypeError: Cannot read properties of null (reading 'locale') (src/reconcile/explain.ts:74)",
    'explainContradiction options.locale 0':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale -1':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale NaN':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale Infinity':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale 1e308':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale 2.5':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale 42':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale true':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale false':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    "explainContradiction options.locale ''":
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale 1MB letters':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale 1MB digits':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale []':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale [null]':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale {}':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale prototype keys':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/rates/dates.ts:60)',
    'explainContradiction options.locale function':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale symbol':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale 1n':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainContradiction options.locale Date object':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    "explainContradiction options.locale 'fr'":
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    "explainContradiction options.locale 'EN'":
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    "explainContradiction options.locale 'de-DE'":
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous ambiguous null':
      "TypeError: Cannot read properties of null (reading 'candidates') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous undefined':
      "TypeError: Cannot read properties of undefined (reading 'candidates') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous 0':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous -1':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous NaN':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous Infinity':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous 1e308':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous 2.5':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous 42':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous true':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous false':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    "explainAmbiguous ambiguous ''":
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    "explainAmbiguous ambiguous 'constructor'":
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    "explainAmbiguous ambiguous '__proto__'":
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    "explainAmbiguous ambiguous 'toString'":
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous []':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous [null]':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous {}':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous null-prototype object':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous function':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous symbol':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous 1n':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous ambiguous Date object':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/reconcile/explain.ts:287)",
    'explainAmbiguous options null':
      "TypeError: Cannot read properties of null (reading 'locale') (src/reconcile/explain.ts:74)",
    'explainAmbiguous options.locale 0':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale -1':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale NaN':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale Infinity':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale 1e308':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale 2.5':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale 42':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale true':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale false':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    "explainAmbiguous options.locale ''":
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale 1MB letters':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale 1MB digits':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale []':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale [null]':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale {}':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale prototype keys':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/rates/dates.ts:60)',
    'explainAmbiguous options.locale function':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale symbol':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale 1n':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    'explainAmbiguous options.locale Date object':
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    "explainAmbiguous options.locale 'fr'":
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    "explainAmbiguous options.locale 'EN'":
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
    "explainAmbiguous options.locale 'de-DE'":
      "TypeError: Cannot read properties of undefined (reading '8') (src/rates/dates.ts:60)",
  },
  // schema: 31
  schema: {
    'datasetToJSON dataset null':
      "TypeError: Cannot read properties of null (reading 'figures') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset undefined':
      "TypeError: Cannot read properties of undefined (reading 'figures') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset 0':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset -1':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset NaN':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset Infinity':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset 1e308':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset 2.5':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset 42':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset true':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset false':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    "datasetToJSON dataset ''":
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    "datasetToJSON dataset 'constructor'":
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    "datasetToJSON dataset '__proto__'":
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    "datasetToJSON dataset 'toString'":
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset []':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset [null]':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset {}':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset null-prototype object':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset function':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset symbol':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset 1n':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset Date object':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset { version: 1 }':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:226)",
    'datasetToJSON dataset figures null':
      "TypeError: Cannot read properties of null (reading 'map') (src/schema/parse-dataset.ts:226)",
  },
};
