/**
 * The hostile walk's failures today, grouped by the src/ folder that owns the function: "<function>
 * <parameter> <value>" → the failure seen. walk.test.ts fails for a failure not listed here and for a
 * listed case that no longer fails the same way, so this list can only shrink as the fixes land.
 * Rewrite it with `HOSTILE_UPDATE=1 npx vitest run test/robustness/hostile/walk.test.ts`.
 */
export const KNOWN_FAILURES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // aggregate: 353
  aggregate: {
    'aggregate commitments null': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments undefined':
      'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments 0': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments -1': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments NaN': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments Infinity':
      'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments 1e308': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments 2.5': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments 42': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments true': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments false': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments [null]':
      "TypeError: Cannot read properties of null (reading 'kind') (src/aggregate/aggregate.ts:377)",
    'aggregate commitments {}': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments prototype keys':
      'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments null-prototype object':
      'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments function':
      'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments symbol': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments 1n': 'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments -(10n ** 400n)':
      'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments Date object':
      'TypeError: commitments is not iterable (src/aggregate/aggregate.ts:679)',
    'aggregate commitments [parties null]':
      "TypeError: Cannot read properties of null (reading 'length') (src/aggregate/aggregate.ts:269)",
    'aggregate commitments long partOf chain':
      'super-linear: 1048576 units took 13567 ms, 65536 took 106.4 ms (bound 6907 ms)',
    'aggregate options null':
      "TypeError: Cannot read properties of null (reading 'by') (src/aggregate/aggregate.ts:217)",
    'aggregate options.kinds -1':
      'TypeError: number -1 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregate options.kinds Infinity':
      'TypeError: number Infinity is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregate options.kinds 1e308':
      'TypeError: number 1e+308 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregate options.kinds 2.5':
      'TypeError: number 2.5 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregate options.kinds 42':
      'TypeError: number 42 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregate options.kinds true':
      'TypeError: boolean true is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregate options.kinds {}':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregate options.kinds prototype keys':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregate options.kinds null-prototype object':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregate options.kinds function':
      'TypeError: function is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregate options.kinds symbol':
      'TypeError: symbol is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregate options.kinds 1n':
      'TypeError: bigint is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregate options.kinds -(10n ** 400n)':
      'TypeError: bigint is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregate options.kinds Date object':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregate options.statuses -1':
      'TypeError: number -1 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregate options.statuses Infinity':
      'TypeError: number Infinity is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregate options.statuses 1e308':
      'TypeError: number 1e+308 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregate options.statuses 2.5':
      'TypeError: number 2.5 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregate options.statuses 42':
      'TypeError: number 42 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregate options.statuses true':
      'TypeError: boolean true is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregate options.statuses {}':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregate options.statuses prototype keys':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregate options.statuses null-prototype object':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregate options.statuses function':
      'TypeError: function is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregate options.statuses symbol':
      'TypeError: symbol is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregate options.statuses 1n':
      'TypeError: bigint is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregate options.statuses -(10n ** 400n)':
      'TypeError: bigint is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregate options.statuses Date object':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregate options.rates -1':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates Infinity':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates 1e308':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates 2.5':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates 42':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates true':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "aggregate options.rates 'constructor'":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "aggregate options.rates '__proto__'":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "aggregate options.rates 'toString'":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates lone high surrogate':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates lone low surrogate':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates 1MB letters':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates 1MB digits':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates []':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates [null]':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates {}':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates prototype keys':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates null-prototype object':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates function':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates symbol':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates 1n':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates -(10n ** 400n)':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates Date object':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates provider-like object without methods':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates dataset rates JSON':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "aggregate options.rates [rate with quote 'constructor']":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "aggregate options.rates [rate value '0']":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "aggregate options.rates [rate value '-1']":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "aggregate options.rates [rate value '1/0']":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates [rate value 0.8675 number]':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates [two rates same pair and day]':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "aggregate options.rates [rate dated '9999-12-31']":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.rates a Map of rates':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregate options.asOf 1n': 'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'aggregate options.asOf -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'aggregate options.fallbackDate 1n':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'aggregate options.fallbackDate -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'aggregate options.almostBand 0': 'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'aggregate options.almostBand null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:109)',
    'aggregate options.almostBand symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:109)',
    'aggregate options.almostBand 1n': 'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'aggregate options.almostBand 0.1 (a number)':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'aggregate options.aboutBand 0': 'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'aggregate options.aboutBand null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:109)',
    'aggregate options.aboutBand symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:109)',
    'aggregate options.aboutBand 1n': 'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'aggregate options.aboutBand 0.1 (a number)':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'aggregate options.parties 0':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties -1':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties NaN':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties Infinity':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties 1e308':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties 2.5':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties 42':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties true':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties false':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    "aggregate options.parties ''":
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    "aggregate options.parties 'constructor'":
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    "aggregate options.parties '__proto__'":
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    "aggregate options.parties 'toString'":
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties lone high surrogate':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties lone low surrogate':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties 1MB letters':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties 1MB digits':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties [null]':
      "TypeError: Cannot read properties of null (reading 'id') (src/aggregate/aggregate.ts:236)",
    'aggregate options.parties {}':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties prototype keys':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties null-prototype object':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties function':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties symbol':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties 1n':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties -(10n ** 400n)':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregate options.parties Date object':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync commitments null':
      "TypeError: Cannot read properties of null (reading 'Symbol(Symbol.asyncIterator)') (src/aggregate/aggregate.ts:696)",
    'aggregateAsync commitments undefined':
      "TypeError: Cannot read properties of undefined (reading 'Symbol(Symbol.asyncIterator)') (src/aggregate/aggregate.ts:696)",
    'aggregateAsync commitments 0':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:696)',
    'aggregateAsync commitments -1':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:696)',
    'aggregateAsync commitments NaN':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:696)',
    'aggregateAsync commitments Infinity':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:696)',
    'aggregateAsync commitments 1e308':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:696)',
    'aggregateAsync commitments 2.5':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:696)',
    'aggregateAsync commitments 42':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:696)',
    'aggregateAsync commitments true':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:696)',
    'aggregateAsync commitments false':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:696)',
    'aggregateAsync commitments [null]':
      "TypeError: Cannot read properties of null (reading 'kind') (src/aggregate/aggregate.ts:377)",
    'aggregateAsync commitments {}':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:696)',
    'aggregateAsync commitments prototype keys':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:696)',
    'aggregateAsync commitments null-prototype object':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:696)',
    'aggregateAsync commitments function':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:696)',
    'aggregateAsync commitments symbol':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:696)',
    'aggregateAsync commitments 1n':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:696)',
    'aggregateAsync commitments -(10n ** 400n)':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:696)',
    'aggregateAsync commitments Date object':
      'TypeError: commitments is not async iterable (src/aggregate/aggregate.ts:696)',
    'aggregateAsync commitments [parties null]':
      "TypeError: Cannot read properties of null (reading 'length') (src/aggregate/aggregate.ts:269)",
    'aggregateAsync commitments long partOf chain':
      'super-linear: 1048576 units took 13094 ms, 65536 took 75.8 ms (bound 4952 ms)',
    'aggregateAsync commitments async iterable of null':
      "TypeError: Cannot read properties of null (reading 'kind') (src/aggregate/aggregate.ts:377)",
    'aggregateAsync options null':
      "TypeError: Cannot read properties of null (reading 'by') (src/aggregate/aggregate.ts:217)",
    'aggregateAsync options.kinds -1':
      'TypeError: number -1 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregateAsync options.kinds Infinity':
      'TypeError: number Infinity is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregateAsync options.kinds 1e308':
      'TypeError: number 1e+308 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregateAsync options.kinds 2.5':
      'TypeError: number 2.5 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregateAsync options.kinds 42':
      'TypeError: number 42 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregateAsync options.kinds true':
      'TypeError: boolean true is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregateAsync options.kinds {}':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregateAsync options.kinds prototype keys':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregateAsync options.kinds null-prototype object':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregateAsync options.kinds function':
      'TypeError: function is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregateAsync options.kinds symbol':
      'TypeError: symbol is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregateAsync options.kinds 1n':
      'TypeError: bigint is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregateAsync options.kinds -(10n ** 400n)':
      'TypeError: bigint is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregateAsync options.kinds Date object':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'aggregateAsync options.statuses -1':
      'TypeError: number -1 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregateAsync options.statuses Infinity':
      'TypeError: number Infinity is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregateAsync options.statuses 1e308':
      'TypeError: number 1e+308 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregateAsync options.statuses 2.5':
      'TypeError: number 2.5 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregateAsync options.statuses 42':
      'TypeError: number 42 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregateAsync options.statuses true':
      'TypeError: boolean true is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregateAsync options.statuses {}':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregateAsync options.statuses prototype keys':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregateAsync options.statuses null-prototype object':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregateAsync options.statuses function':
      'TypeError: function is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregateAsync options.statuses symbol':
      'TypeError: symbol is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregateAsync options.statuses 1n':
      'TypeError: bigint is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregateAsync options.statuses -(10n ** 400n)':
      'TypeError: bigint is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregateAsync options.statuses Date object':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'aggregateAsync options.rates -1':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates Infinity':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates 1e308':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates 2.5':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates 42':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates true':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "aggregateAsync options.rates 'constructor'":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "aggregateAsync options.rates '__proto__'":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "aggregateAsync options.rates 'toString'":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates lone high surrogate':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates lone low surrogate':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates 1MB letters':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates 1MB digits':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates []':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates [null]':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates {}':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates prototype keys':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates null-prototype object':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates function':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates symbol':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates 1n':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates -(10n ** 400n)':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates Date object':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates provider-like object without methods':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates dataset rates JSON':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "aggregateAsync options.rates [rate with quote 'constructor']":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "aggregateAsync options.rates [rate value '0']":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "aggregateAsync options.rates [rate value '-1']":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "aggregateAsync options.rates [rate value '1/0']":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates [rate value 0.8675 number]':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates [two rates same pair and day]':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "aggregateAsync options.rates [rate dated '9999-12-31']":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.rates a Map of rates':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'aggregateAsync options.asOf 1n':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'aggregateAsync options.asOf -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'aggregateAsync options.fallbackDate 1n':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'aggregateAsync options.fallbackDate -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'aggregateAsync options.almostBand 0':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'aggregateAsync options.almostBand null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:109)',
    'aggregateAsync options.almostBand symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:109)',
    'aggregateAsync options.almostBand 1n':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'aggregateAsync options.almostBand 0.1 (a number)':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'aggregateAsync options.aboutBand 0':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'aggregateAsync options.aboutBand null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:109)',
    'aggregateAsync options.aboutBand symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:109)',
    'aggregateAsync options.aboutBand 1n':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'aggregateAsync options.aboutBand 0.1 (a number)':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'aggregateAsync options.parties 0':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties -1':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties NaN':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties Infinity':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties 1e308':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties 2.5':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties 42':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties true':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties false':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    "aggregateAsync options.parties ''":
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    "aggregateAsync options.parties 'constructor'":
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    "aggregateAsync options.parties '__proto__'":
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    "aggregateAsync options.parties 'toString'":
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties lone high surrogate':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties lone low surrogate':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties 1MB letters':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties 1MB digits':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties [null]':
      "TypeError: Cannot read properties of null (reading 'id') (src/aggregate/aggregate.ts:236)",
    'aggregateAsync options.parties {}':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties prototype keys':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties null-prototype object':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties function':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties symbol':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties 1n':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties -(10n ** 400n)':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'aggregateAsync options.parties Date object':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options null':
      "TypeError: Cannot read properties of null (reading 'by') (src/aggregate/aggregate.ts:217)",
    'createAggregator options.kinds -1':
      'TypeError: number -1 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'createAggregator options.kinds Infinity':
      'TypeError: number Infinity is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'createAggregator options.kinds 1e308':
      'TypeError: number 1e+308 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'createAggregator options.kinds 2.5':
      'TypeError: number 2.5 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'createAggregator options.kinds 42':
      'TypeError: number 42 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'createAggregator options.kinds true':
      'TypeError: boolean true is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'createAggregator options.kinds {}':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'createAggregator options.kinds prototype keys':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'createAggregator options.kinds null-prototype object':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'createAggregator options.kinds function':
      'TypeError: function is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'createAggregator options.kinds symbol':
      'TypeError: symbol is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'createAggregator options.kinds 1n':
      'TypeError: bigint is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'createAggregator options.kinds -(10n ** 400n)':
      'TypeError: bigint is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'createAggregator options.kinds Date object':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:233)',
    'createAggregator options.statuses -1':
      'TypeError: number -1 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'createAggregator options.statuses Infinity':
      'TypeError: number Infinity is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'createAggregator options.statuses 1e308':
      'TypeError: number 1e+308 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'createAggregator options.statuses 2.5':
      'TypeError: number 2.5 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'createAggregator options.statuses 42':
      'TypeError: number 42 is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'createAggregator options.statuses true':
      'TypeError: boolean true is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'createAggregator options.statuses {}':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'createAggregator options.statuses prototype keys':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'createAggregator options.statuses null-prototype object':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'createAggregator options.statuses function':
      'TypeError: function is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'createAggregator options.statuses symbol':
      'TypeError: symbol is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'createAggregator options.statuses 1n':
      'TypeError: bigint is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'createAggregator options.statuses -(10n ** 400n)':
      'TypeError: bigint is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'createAggregator options.statuses Date object':
      'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator)) (src/aggregate/aggregate.ts:234)',
    'createAggregator options.rates -1':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates Infinity':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates 1e308':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates 2.5':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates 42':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates true':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "createAggregator options.rates 'constructor'":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "createAggregator options.rates '__proto__'":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "createAggregator options.rates 'toString'":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates lone high surrogate':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates lone low surrogate':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates 1MB letters':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates 1MB digits':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates []':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates [null]':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates {}':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates prototype keys':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates null-prototype object':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates function':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates symbol':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates 1n':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates -(10n ** 400n)':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates Date object':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates provider-like object without methods':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates dataset rates JSON':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "createAggregator options.rates [rate with quote 'constructor']":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "createAggregator options.rates [rate value '0']":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "createAggregator options.rates [rate value '-1']":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "createAggregator options.rates [rate value '1/0']":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates [rate value 0.8675 number]':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates [two rates same pair and day]':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    "createAggregator options.rates [rate dated '9999-12-31']":
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.rates a Map of rates':
      'TypeError: options.rates.rateOn is not a function (src/aggregate/aggregate.ts:509)',
    'createAggregator options.asOf 1n':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'createAggregator options.asOf -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'createAggregator options.fallbackDate 1n':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'createAggregator options.fallbackDate -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'createAggregator options.almostBand 0':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'createAggregator options.almostBand null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:109)',
    'createAggregator options.almostBand symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:109)',
    'createAggregator options.almostBand 1n':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'createAggregator options.almostBand 0.1 (a number)':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'createAggregator options.aboutBand 0':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'createAggregator options.aboutBand null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:109)',
    'createAggregator options.aboutBand symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:109)',
    'createAggregator options.aboutBand 1n':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'createAggregator options.aboutBand 0.1 (a number)':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'createAggregator options.parties 0':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties -1':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties NaN':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties Infinity':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties 1e308':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties 2.5':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties 42':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties true':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties false':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    "createAggregator options.parties ''":
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    "createAggregator options.parties 'constructor'":
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    "createAggregator options.parties '__proto__'":
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    "createAggregator options.parties 'toString'":
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties lone high surrogate':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties lone low surrogate':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties 1MB letters':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties 1MB digits':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties [null]':
      "TypeError: Cannot read properties of null (reading 'id') (src/aggregate/aggregate.ts:236)",
    'createAggregator options.parties {}':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties prototype keys':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties null-prototype object':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties function':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties symbol':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties 1n':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties -(10n ** 400n)':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator options.parties Date object':
      'TypeError: (options.parties ?? []).map is not a function (src/aggregate/aggregate.ts:236)',
    'createAggregator().add commitment null':
      "TypeError: Cannot read properties of null (reading 'kind') (src/aggregate/aggregate.ts:377)",
    'createAggregator().add commitment undefined':
      "TypeError: Cannot read properties of undefined (reading 'kind') (src/aggregate/aggregate.ts:377)",
  },
  // commitment: 154
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
      "TypeError: Cannot read properties of null (reading 'forEach') (src/commitment/validate.ts:36)",
    'checkCommitments parties undefined':
      "TypeError: Cannot read properties of undefined (reading 'forEach') (src/commitment/validate.ts:36)",
    'checkCommitments parties 0':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties -1':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties NaN':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties Infinity':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties 1e308':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties 2.5':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties 42':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties true':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties false':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    "checkCommitments parties ''":
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    "checkCommitments parties 'constructor'":
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    "checkCommitments parties '__proto__'":
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    "checkCommitments parties 'toString'":
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties lone high surrogate':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties lone low surrogate':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties 1MB letters':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties 1MB digits':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties [null]':
      "TypeError: Cannot read properties of null (reading 'id') (src/commitment/validate.ts:37)",
    'checkCommitments parties {}':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties prototype keys':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties null-prototype object':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties function':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties symbol':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties 1n':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties -(10n ** 400n)':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments parties Date object':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'checkCommitments commitments null':
      "TypeError: Cannot read properties of null (reading 'forEach') (src/commitment/validate.ts:44)",
    'checkCommitments commitments undefined':
      "TypeError: Cannot read properties of undefined (reading 'forEach') (src/commitment/validate.ts:44)",
    'checkCommitments commitments 0':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments -1':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments NaN':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments Infinity':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments 1e308':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments 2.5':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments 42':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments true':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments false':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    "checkCommitments commitments ''":
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    "checkCommitments commitments 'constructor'":
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    "checkCommitments commitments '__proto__'":
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    "checkCommitments commitments 'toString'":
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments lone high surrogate':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments lone low surrogate':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments 1MB letters':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments 1MB digits':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments [null]':
      "TypeError: Cannot read properties of null (reading 'id') (src/commitment/validate.ts:46)",
    'checkCommitments commitments {}':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments prototype keys':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments null-prototype object':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments function':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments symbol':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments 1n':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments -(10n ** 400n)':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments Date object':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'checkCommitments commitments [{}]':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/commitment/validate.ts:56)",
    "checkCommitments commitments [kind 'constructor']":
      "TypeError: Cannot read properties of undefined (reading 'includes') (src/commitment/validate.ts:65)",
    'checkCommitments commitments [parties null]':
      "TypeError: Cannot read properties of null (reading 'length') (src/commitment/validate.ts:56)",
    'checkCommitments commitments long partOf chain':
      'super-linear: 1048576 units took 3202 ms, 65536 took 12.5 ms (bound 899 ms)',
    'assertCommitments parties null':
      "TypeError: Cannot read properties of null (reading 'forEach') (src/commitment/validate.ts:36)",
    'assertCommitments parties undefined':
      "TypeError: Cannot read properties of undefined (reading 'forEach') (src/commitment/validate.ts:36)",
    'assertCommitments parties 0':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties -1':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties NaN':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties Infinity':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties 1e308':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties 2.5':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties 42':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties true':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties false':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    "assertCommitments parties ''":
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    "assertCommitments parties 'constructor'":
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    "assertCommitments parties '__proto__'":
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    "assertCommitments parties 'toString'":
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties lone high surrogate':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties lone low surrogate':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties 1MB letters':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties 1MB digits':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties [null]':
      "TypeError: Cannot read properties of null (reading 'id') (src/commitment/validate.ts:37)",
    'assertCommitments parties {}':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties prototype keys':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties null-prototype object':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties function':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties symbol':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties 1n':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties -(10n ** 400n)':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments parties Date object':
      'TypeError: parties.forEach is not a function (src/commitment/validate.ts:36)',
    'assertCommitments commitments null':
      "TypeError: Cannot read properties of null (reading 'forEach') (src/commitment/validate.ts:44)",
    'assertCommitments commitments undefined':
      "TypeError: Cannot read properties of undefined (reading 'forEach') (src/commitment/validate.ts:44)",
    'assertCommitments commitments 0':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments -1':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments NaN':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments Infinity':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments 1e308':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments 2.5':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments 42':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments true':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments false':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    "assertCommitments commitments ''":
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    "assertCommitments commitments 'constructor'":
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    "assertCommitments commitments '__proto__'":
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    "assertCommitments commitments 'toString'":
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments lone high surrogate':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments lone low surrogate':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments 1MB letters':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments 1MB digits':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments [null]':
      "TypeError: Cannot read properties of null (reading 'id') (src/commitment/validate.ts:46)",
    'assertCommitments commitments {}':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments prototype keys':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments null-prototype object':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments function':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments symbol':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments 1n':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments -(10n ** 400n)':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments Date object':
      'TypeError: commitments.forEach is not a function (src/commitment/validate.ts:44)',
    'assertCommitments commitments [{}]':
      "TypeError: Cannot read properties of undefined (reading 'length') (src/commitment/validate.ts:56)",
    "assertCommitments commitments [kind 'constructor']":
      "TypeError: Cannot read properties of undefined (reading 'includes') (src/commitment/validate.ts:65)",
    'assertCommitments commitments [parties null]':
      "TypeError: Cannot read properties of null (reading 'length') (src/commitment/validate.ts:56)",
    'assertCommitments commitments long partOf chain':
      'super-linear: 1048576 units took 3071 ms, 65536 took 11.7 ms (bound 847 ms)',
    'COMMITMENT_KINDS (constant) deeply frozen': 'mutable: COMMITMENT_KINDS is not frozen',
    'COMMITMENT_STATUSES (constant) deeply frozen': 'mutable: COMMITMENT_STATUSES is not frozen',
    'ROLES (constant) deeply frozen': 'mutable: ROLES is not frozen',
  },
  // conversion: 188
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
    'checkConversion rates null':
      "TypeError: Cannot use 'in' operator to search for 'value' in null (src/conversion/check-conversion.ts:178)",
    'checkConversion rates undefined':
      "TypeError: Cannot use 'in' operator to search for 'value' in undefined (src/conversion/check-conversion.ts:178)",
    'checkConversion rates 0':
      "TypeError: Cannot use 'in' operator to search for 'value' in 0 (src/conversion/check-conversion.ts:178)",
    'checkConversion rates -1':
      "TypeError: Cannot use 'in' operator to search for 'value' in -1 (src/conversion/check-conversion.ts:178)",
    'checkConversion rates NaN':
      "TypeError: Cannot use 'in' operator to search for 'value' in NaN (src/conversion/check-conversion.ts:178)",
    'checkConversion rates Infinity':
      "TypeError: Cannot use 'in' operator to search for 'value' in Infinity (src/conversion/check-conversion.ts:178)",
    'checkConversion rates 1e308':
      "TypeError: Cannot use 'in' operator to search for 'value' in 1e+308 (src/conversion/check-conversion.ts:178)",
    'checkConversion rates 2.5':
      "TypeError: Cannot use 'in' operator to search for 'value' in 2.5 (src/conversion/check-conversion.ts:178)",
    'checkConversion rates 42':
      "TypeError: Cannot use 'in' operator to search for 'value' in 42 (src/conversion/check-conversion.ts:178)",
    'checkConversion rates true':
      "TypeError: Cannot use 'in' operator to search for 'value' in true (src/conversion/check-conversion.ts:178)",
    'checkConversion rates false':
      "TypeError: Cannot use 'in' operator to search for 'value' in false (src/conversion/check-conversion.ts:178)",
    "checkConversion rates ''":
      "TypeError: Cannot use 'in' operator to search for 'value' in  (src/conversion/check-conversion.ts:178)",
    "checkConversion rates 'constructor'":
      "TypeError: Cannot use 'in' operator to search for 'value' in constructor (src/conversion/check-conversion.ts:178)",
    "checkConversion rates '__proto__'":
      "TypeError: Cannot use 'in' operator to search for 'value' in __proto__ (src/conversion/check-conversion.ts:178)",
    "checkConversion rates 'toString'":
      "TypeError: Cannot use 'in' operator to search for 'value' in toString (src/conversion/check-conversion.ts:178)",
    'checkConversion rates lone high surrogate':
      "TypeError: Cannot use 'in' operator to search for 'value' in \ud800 (src/conversion/check-conversion.ts:178)",
    'checkConversion rates lone low surrogate':
      "TypeError: Cannot use 'in' operator to search for 'value' in \udc00x (src/conversion/check-conversion.ts:178)",
    'checkConversion rates 1MB letters':
      "TypeError: Cannot use 'in' operator to search for 'value' in aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa… (src/conversion/check-conversion.ts:178)",
    'checkConversion rates 1MB digits':
      "TypeError: Cannot use 'in' operator to search for 'value' in 99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999… (src/conversion/check-conversion.ts:178)",
    'checkConversion rates [null]':
      "TypeError: Cannot read properties of null (reading 'source') (src/rates/static-rates.ts:24)",
    'checkConversion rates {}':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'checkConversion rates prototype keys':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'checkConversion rates null-prototype object':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'checkConversion rates function':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'checkConversion rates symbol':
      "TypeError: Cannot use 'in' operator to search for 'value' in Symbol(hostile) (src/conversion/check-conversion.ts:178)",
    'checkConversion rates 1n':
      "TypeError: Cannot use 'in' operator to search for 'value' in 1 (src/conversion/check-conversion.ts:178)",
    'checkConversion rates -(10n ** 400n)':
      "TypeError: Cannot use 'in' operator to search for 'value' in -1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000… (src/conversion/check-conversion.ts:178)",
    'checkConversion rates Date object':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'checkConversion rates provider-like object without methods':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'checkConversion rates [rate value 0.8675 number]':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'checkConversion rates a Map of rates':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'checkConversion options null':
      "TypeError: Cannot read properties of null (reading 'assumeSourceExact') (src/conversion/implied-rate.ts:69)",
    'checkConversion options.toleranceBps null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:246)',
    'checkConversion options.toleranceBps symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:246)',
    'checkConversion options.maxResolutionBps null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:246)',
    'checkConversion options.maxResolutionBps symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:246)',
    'defaultToleranceBps a null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/conversion/check-conversion.ts:105)',
    'defaultToleranceBps a symbol':
      'TypeError: Cannot convert a Symbol value to a number (src/conversion/check-conversion.ts:105)',
    'defaultToleranceBps b null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/conversion/check-conversion.ts:105)',
    'defaultToleranceBps b symbol':
      'TypeError: Cannot convert a Symbol value to a number (src/conversion/check-conversion.ts:105)',
    'explainVerdict verdict null':
      "TypeError: Cannot read properties of null (reading 'from') (src/conversion/explain.ts:58)",
    'explainVerdict verdict undefined':
      "TypeError: Cannot read properties of undefined (reading 'from') (src/conversion/explain.ts:58)",
    'explainVerdict verdict 0':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict -1':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict NaN':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict Infinity':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict 1e308':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict 2.5':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict 42':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict true':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict false':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    "explainVerdict verdict ''":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    "explainVerdict verdict 'constructor'":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    "explainVerdict verdict '__proto__'":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    "explainVerdict verdict 'toString'":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict []':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict [null]':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict {}':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict null-prototype object':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict function':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict symbol':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict 1n':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    'explainVerdict verdict Date object':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    "explainVerdict verdict { status: 'consistent' }":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/explain.ts:16)",
    "explainVerdict verdict status 'weird'": 'bad return: returned undefined',
    'explainVerdict options null':
      "TypeError: Cannot read properties of null (reading 'locale') (src/conversion/explain.ts:56)",
    'explainVerdict options.locale 0':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale -1':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale NaN':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale Infinity':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale 1e308':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale 2.5':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale 42':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale true':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale false':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    "explainVerdict options.locale ''":
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    "explainVerdict options.locale 'constructor'":
      'bad return: text contains junk: undefined€12.68 is undefined£11 at the ECB reference rate of 17 09 2025 (0.8675 GBP per EUR), within 0.1 bp.',
    "explainVerdict options.locale '__proto__'":
      'bad return: text contains junk: undefined€12.68 is undefined£11 at the ECB reference rate of 17 09 2025 (0.8675 GBP per EUR), within 0.1 bp.',
    "explainVerdict options.locale 'toString'":
      'bad return: text contains junk: undefined€12.68 is undefined£11 at the ECB reference rate of 17 09 2025 (0.8675 GBP per EUR), within 0.1 bp.',
    'explainVerdict options.locale lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale 1MB letters':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale 1MB digits':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale []':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale [null]':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale {}':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale prototype keys':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/figure/format-figure.ts:68)',
    'explainVerdict options.locale function':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale symbol':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale 1n':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'explainVerdict options.locale Date object':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    "explainVerdict options.locale 'fr'":
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    "explainVerdict options.locale 'EN'":
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    "explainVerdict options.locale 'de-DE'":
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
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
  // extract: 58
  extract: {
    'extractFigures text repeated figures':
      'RangeError: Maximum call stack size exceeded (src/extract/extract.ts:204)',
    'extractFigures options null':
      "TypeError: Cannot read properties of null (reading 'locale') (src/extract/extract.ts:172)",
    'extractFigures options.locale -1':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractFigures options.locale Infinity':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractFigures options.locale 1e308':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractFigures options.locale 2.5':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractFigures options.locale 42':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractFigures options.locale true':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "extractFigures options.locale 'constructor'":
      'TypeError: QUALIFIERS_BY_FIRST_WORD[locale].get is not a function (src/figure/grammar.ts:241)',
    "extractFigures options.locale '__proto__'":
      'TypeError: QUALIFIERS_BY_FIRST_WORD[locale].get is not a function (src/figure/grammar.ts:241)',
    "extractFigures options.locale 'toString'":
      'TypeError: QUALIFIERS_BY_FIRST_WORD[locale].get is not a function (src/figure/grammar.ts:241)',
    'extractFigures options.locale lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractFigures options.locale lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractFigures options.locale 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractFigures options.locale 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractFigures options.locale []':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractFigures options.locale [null]':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractFigures options.locale {}':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractFigures options.locale prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractFigures options.locale null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/figure/grammar.ts:285)',
    'extractFigures options.locale function':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractFigures options.locale symbol':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractFigures options.locale 1n':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractFigures options.locale -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractFigures options.locale Date object':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "extractFigures options.locale 'fr'":
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "extractFigures options.locale 'EN'":
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "extractFigures options.locale 'de-DE'":
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "extractFigures options.locale 'AUTO'":
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions text repeated figures':
      'RangeError: Maximum call stack size exceeded (src/extract/extract.ts:204)',
    'extractConversions options null':
      "TypeError: Cannot read properties of null (reading 'locale') (src/extract/extract.ts:172)",
    'extractConversions options.locale -1':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions options.locale Infinity':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions options.locale 1e308':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions options.locale 2.5':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions options.locale 42':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions options.locale true':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "extractConversions options.locale 'constructor'":
      'TypeError: QUALIFIERS_BY_FIRST_WORD[locale].get is not a function (src/figure/grammar.ts:241)',
    "extractConversions options.locale '__proto__'":
      'TypeError: QUALIFIERS_BY_FIRST_WORD[locale].get is not a function (src/figure/grammar.ts:241)',
    "extractConversions options.locale 'toString'":
      'TypeError: QUALIFIERS_BY_FIRST_WORD[locale].get is not a function (src/figure/grammar.ts:241)',
    'extractConversions options.locale lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions options.locale lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions options.locale 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions options.locale 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions options.locale []':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions options.locale [null]':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions options.locale {}':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions options.locale prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions options.locale null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/figure/grammar.ts:285)',
    'extractConversions options.locale function':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions options.locale symbol':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions options.locale 1n':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions options.locale -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'extractConversions options.locale Date object':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "extractConversions options.locale 'fr'":
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "extractConversions options.locale 'EN'":
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "extractConversions options.locale 'de-DE'":
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "extractConversions options.locale 'AUTO'":
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
  },
  // figure: 117
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
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:109)',
    'figureBounds options.almostBand symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:109)',
    'figureBounds options.almostBand 1n':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'figureBounds options.almostBand 0.1 (a number)':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'figureBounds options.aboutBand 0': 'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'figureBounds options.aboutBand null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:109)',
    'figureBounds options.aboutBand symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:109)',
    'figureBounds options.aboutBand 1n':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'figureBounds options.aboutBand 0.1 (a number)':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'figureFromJSON json null':
      "TypeError: Cannot read properties of null (reading 'qualifier') (src/figure/figure-json.ts:69)",
    'figureFromJSON json undefined':
      "TypeError: Cannot read properties of undefined (reading 'qualifier') (src/figure/figure-json.ts:69)",
    'figureToJSON figure null':
      "TypeError: Cannot read properties of null (reading 'amount') (src/figure/figure-json.ts:43)",
    'figureToJSON figure undefined':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/figure/figure-json.ts:43)",
    'formatFigure figure null':
      "TypeError: Cannot read properties of null (reading 'amount') (src/figure/format-figure.ts:95)",
    'formatFigure figure undefined':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/figure/format-figure.ts:95)",
    "formatFigure figure qualifier 'sometimes'": 'bad return: text contains junk: undefined11 Mrd. £',
    "formatFigure figure qualifier 'constructor'":
      'bad return: text contains junk: function Object() { [native code] }11 Mrd. £',
    'formatFigure options null':
      "TypeError: Cannot read properties of null (reading 'locale') (src/figure/format-figure.ts:94)",
    'formatFigure options.locale 0':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale -1':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale NaN':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale Infinity':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale 1e308':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale 2.5':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale 42':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale true':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale false':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    "formatFigure options.locale ''":
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    "formatFigure options.locale 'constructor'": 'bad return: text contains junk: undefined£11',
    "formatFigure options.locale '__proto__'": 'bad return: text contains junk: undefined£11',
    "formatFigure options.locale 'toString'": 'bad return: text contains junk: undefined£11',
    'formatFigure options.locale lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale 1MB letters':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale 1MB digits':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale []':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale [null]':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale {}':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale prototype keys':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/figure/format-figure.ts:68)',
    'formatFigure options.locale function':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale symbol':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale 1n':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'formatFigure options.locale Date object':
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    "formatFigure options.locale 'fr'":
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    "formatFigure options.locale 'EN'":
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    "formatFigure options.locale 'de-DE'":
      "TypeError: Cannot read properties of undefined (reading '3') (src/figure/format-figure.ts:73)",
    'parseFigure options null':
      "TypeError: Cannot read properties of null (reading 'locale') (src/figure/parse-figure.ts:48)",
    'parseFigure options.locale 0':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale -1':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale NaN':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale Infinity':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale 1e308':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale 2.5':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale 42':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale true':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale false':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "parseFigure options.locale ''":
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "parseFigure options.locale 'constructor'":
      'TypeError: QUALIFIERS_BY_FIRST_WORD[locale].get is not a function (src/figure/grammar.ts:241)',
    "parseFigure options.locale '__proto__'":
      'TypeError: QUALIFIERS_BY_FIRST_WORD[locale].get is not a function (src/figure/grammar.ts:241)',
    "parseFigure options.locale 'toString'":
      'TypeError: QUALIFIERS_BY_FIRST_WORD[locale].get is not a function (src/figure/grammar.ts:241)',
    'parseFigure options.locale lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale []':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale [null]':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale {}':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/figure/grammar.ts:285)',
    'parseFigure options.locale function':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale symbol':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale 1n':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'parseFigure options.locale Date object':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "parseFigure options.locale 'fr'":
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "parseFigure options.locale 'EN'":
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "parseFigure options.locale 'de-DE'":
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options null':
      "TypeError: Cannot read properties of null (reading 'locale') (src/figure/parse-figure.ts:48)",
    'safeParseFigure options.locale 0':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale -1':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale NaN':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale Infinity':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale 1e308':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale 2.5':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale 42':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale true':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale false':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "safeParseFigure options.locale ''":
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "safeParseFigure options.locale 'constructor'":
      'TypeError: QUALIFIERS_BY_FIRST_WORD[locale].get is not a function (src/figure/grammar.ts:241)',
    "safeParseFigure options.locale '__proto__'":
      'TypeError: QUALIFIERS_BY_FIRST_WORD[locale].get is not a function (src/figure/grammar.ts:241)',
    "safeParseFigure options.locale 'toString'":
      'TypeError: QUALIFIERS_BY_FIRST_WORD[locale].get is not a function (src/figure/grammar.ts:241)',
    'safeParseFigure options.locale lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale []':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale [null]':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale {}':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/figure/grammar.ts:285)',
    'safeParseFigure options.locale function':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale symbol':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale 1n':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'safeParseFigure options.locale Date object':
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "safeParseFigure options.locale 'fr'":
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "safeParseFigure options.locale 'EN'":
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    "safeParseFigure options.locale 'de-DE'":
      "TypeError: Cannot read properties of undefined (reading 'open') (src/figure/grammar.ts:286)",
    'QUALIFIERS (constant) deeply frozen': 'mutable: QUALIFIERS is not frozen',
  },
  // math: 308
  math: {
    'parseRatio text null':
      "TypeError: Cannot read properties of null (reading 'indexOf') (src/math/ratio.ts:127)",
    'parseRatio text undefined':
      "TypeError: Cannot read properties of undefined (reading 'indexOf') (src/math/ratio.ts:127)",
    'parseRatio text 0': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:127)',
    'parseRatio text -1': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:127)',
    'parseRatio text NaN': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:127)',
    'parseRatio text Infinity': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:127)',
    'parseRatio text 1e308': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:127)',
    'parseRatio text 2.5': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:127)',
    'parseRatio text 42': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:127)',
    'parseRatio text true': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:127)',
    'parseRatio text false': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:127)',
    'parseRatio text {}': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:127)',
    'parseRatio text prototype keys': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:127)',
    'parseRatio text null-prototype object':
      'TypeError: text.indexOf is not a function (src/math/ratio.ts:127)',
    'parseRatio text function': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:127)',
    'parseRatio text symbol': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:127)',
    'parseRatio text 1n': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:127)',
    'parseRatio text -(10n ** 400n)': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:127)',
    'parseRatio text Date object': 'TypeError: text.indexOf is not a function (src/math/ratio.ts:127)',
    'ratio n null':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n undefined':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n 0':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n -1':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n NaN':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n Infinity':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n 1e308':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n 2.5':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n 42':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n true':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n false':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    "ratio n ''":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    "ratio n 'constructor'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    "ratio n '__proto__'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    "ratio n 'toString'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n lone high surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n lone low surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n 1MB letters':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n 1MB digits':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n []':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n [null]':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n {}':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n prototype keys':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:15)',
    'ratio n function':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio n symbol': 'TypeError: Cannot convert a Symbol value to a number (src/math/ratio.ts:15)',
    'ratio n Date object':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d null':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d 0':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d -1':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d NaN':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d Infinity':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d 1e308':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d 2.5':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d 42':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d true':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d false':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    "ratio d ''":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    "ratio d 'constructor'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    "ratio d '__proto__'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    "ratio d 'toString'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d lone high surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d lone low surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d 1MB letters':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d 1MB digits':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d []':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d [null]':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d {}':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d prototype keys':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:39)',
    'ratio d function':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratio d symbol': 'TypeError: Cannot convert a Symbol value to a number (src/math/ratio.ts:39)',
    'ratio d Date object':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'ratioCmp a null': "TypeError: Cannot read properties of null (reading 'n') (src/math/ratio.ts:76)",
    'ratioCmp a undefined':
      "TypeError: Cannot read properties of undefined (reading 'n') (src/math/ratio.ts:76)",
    'ratioCmp a 0':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a -1':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a NaN':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a Infinity':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a 1e308':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a 2.5':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a 42':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a true':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a false':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    "ratioCmp a ''":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    "ratioCmp a 'constructor'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    "ratioCmp a '__proto__'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    "ratioCmp a 'toString'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a lone high surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a lone low surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a 1MB letters':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a 1MB digits':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a []':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a [null]':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a {}':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a prototype keys':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a null-prototype object':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a function':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a symbol':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a 1n':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a -(10n ** 400n)':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a Date object':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a { n: 1, d: 3 } numbers':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    "ratioCmp a { n: '1', d: '3' } strings":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp a no denominator':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:77)',
    'ratioCmp b null': "TypeError: Cannot read properties of null (reading 'd') (src/math/ratio.ts:76)",
    'ratioCmp b undefined':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:76)",
    'ratioCmp b 0':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b -1':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b NaN':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b Infinity':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b 1e308':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b 2.5':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b 42':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b true':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b false':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    "ratioCmp b ''":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    "ratioCmp b 'constructor'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    "ratioCmp b '__proto__'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    "ratioCmp b 'toString'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b lone high surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b lone low surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b 1MB letters':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b 1MB digits':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b []':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b [null]':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b {}':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b prototype keys':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b null-prototype object':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b function':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b symbol':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b 1n':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b -(10n ** 400n)':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b Date object':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b { n: 1, d: 3 } numbers':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    "ratioCmp b { n: '1', d: '3' } strings":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioCmp b no denominator':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:76)',
    'ratioToDecimal value null':
      "TypeError: Cannot read properties of null (reading 'n') (src/math/ratio.ts:149)",
    'ratioToDecimal value undefined':
      "TypeError: Cannot read properties of undefined (reading 'n') (src/math/ratio.ts:149)",
    'ratioToDecimal value 0':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value -1':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value NaN':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value Infinity':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value 1e308':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value 2.5':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value 42':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value true':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value false':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    "ratioToDecimal value ''":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    "ratioToDecimal value 'constructor'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    "ratioToDecimal value '__proto__'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    "ratioToDecimal value 'toString'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value lone high surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value lone low surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value 1MB letters':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value 1MB digits':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value []':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value [null]':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value {}':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value prototype keys':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value null-prototype object':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value function':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value symbol':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value 1n':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value -(10n ** 400n)':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value Date object':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value { n: 1, d: 3 } numbers':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    "ratioToDecimal value { n: '1', d: '3' } strings":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'ratioToDecimal value zero denominator': 'RangeError: Division by zero (src/math/ratio.ts:151)',
    'ratioToDecimal value no denominator':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:151)',
    'ratioToDecimal maxDigits null': 'TypeError: Cannot convert null to a BigInt (src/math/ratio.ts:149)',
    'ratioToDecimal maxDigits -1': 'RangeError: undefined must be positive (src/math/ratio.ts:149)',
    'ratioToDecimal maxDigits NaN':
      'RangeError: The number NaN cannot be converted to a BigInt because it is not an integer (src/math/ratio.ts:149)',
    'ratioToDecimal maxDigits Infinity':
      'RangeError: The number Infinity cannot be converted to a BigInt because it is not an integer (src/math/ratio.ts:149)',
    'ratioToDecimal maxDigits 1e308': 'RangeError: Maximum BigInt size exceeded (src/math/ratio.ts:149)',
    'ratioToDecimal maxDigits 2.5':
      'RangeError: The number 2.5 cannot be converted to a BigInt because it is not an integer (src/math/ratio.ts:149)',
    "ratioToDecimal maxDigits 'constructor'":
      'SyntaxError: Cannot convert constructor to a BigInt (src/math/ratio.ts:149)',
    "ratioToDecimal maxDigits '__proto__'":
      'SyntaxError: Cannot convert __proto__ to a BigInt (src/math/ratio.ts:149)',
    "ratioToDecimal maxDigits 'toString'":
      'SyntaxError: Cannot convert toString to a BigInt (src/math/ratio.ts:149)',
    'ratioToDecimal maxDigits lone high surrogate':
      'SyntaxError: Cannot convert \ud800 to a BigInt (src/math/ratio.ts:149)',
    'ratioToDecimal maxDigits lone low surrogate':
      'SyntaxError: Cannot convert \udc00x to a BigInt (src/math/ratio.ts:149)',
    'ratioToDecimal maxDigits 1MB letters':
      'SyntaxError: Cannot convert aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa… (src/math/ratio.ts:149)',
    'ratioToDecimal maxDigits 1MB digits': 'RangeError: Maximum BigInt size exceeded (src/math/ratio.ts:149)',
    'ratioToDecimal maxDigits {}':
      'SyntaxError: Cannot convert [object Object] to a BigInt (src/math/ratio.ts:149)',
    'ratioToDecimal maxDigits prototype keys':
      'SyntaxError: Cannot convert [object Object] to a BigInt (src/math/ratio.ts:149)',
    'ratioToDecimal maxDigits null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:149)',
    'ratioToDecimal maxDigits function':
      'SyntaxError: Cannot convert ()=>"hostile" to a BigInt (src/math/ratio.ts:149)',
    'ratioToDecimal maxDigits symbol':
      'TypeError: Cannot convert Symbol(hostile) to a BigInt (src/math/ratio.ts:149)',
    'ratioToDecimal maxDigits 1n':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:175)',
    'ratioToDecimal maxDigits -(10n ** 400n)':
      'RangeError: undefined must be positive (src/math/ratio.ts:149)',
    'ratioToDecimal maxDigits 1e9': 'hang: no answer after 20000 ms',
    'ratioToString value null':
      "TypeError: Cannot read properties of null (reading 'd') (src/math/ratio.ts:204)",
    'ratioToString value undefined':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'ratioToString value 0':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value -1':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value NaN':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value Infinity':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value 1e308':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value 2.5':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value 42':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value true':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value false':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    "ratioToString value ''":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    "ratioToString value 'constructor'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    "ratioToString value '__proto__'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    "ratioToString value 'toString'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value lone high surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value lone low surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value 1MB letters':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value 1MB digits':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value []':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value [null]':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value {}':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value prototype keys':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value null-prototype object':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value function':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value symbol':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value 1n':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value -(10n ** 400n)':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value Date object':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value { n: 1, d: 3 } numbers':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    "ratioToString value { n: '1', d: '3' } strings":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'ratioToString value zero denominator': 'hang: no answer after 20000 ms',
    'ratioToString value negative denominator': 'bad return: returned 1/-3',
    'ratioToString value no denominator':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'roundRatio value null':
      "TypeError: Cannot read properties of null (reading 'n') (src/math/ratio.ts:149)",
    'roundRatio value undefined':
      "TypeError: Cannot read properties of undefined (reading 'n') (src/math/ratio.ts:149)",
    'roundRatio value 0':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value -1':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value NaN':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value Infinity':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value 1e308':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value 2.5':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value 42':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value true':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value false':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    "roundRatio value ''":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    "roundRatio value 'constructor'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    "roundRatio value '__proto__'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    "roundRatio value 'toString'":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value lone high surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value lone low surrogate':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value 1MB letters':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value 1MB digits':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value []':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value [null]':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value {}':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value prototype keys':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value null-prototype object':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value function':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value symbol':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value 1n':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value -(10n ** 400n)':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value Date object':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value { n: 1, d: 3 } numbers':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    "roundRatio value { n: '1', d: '3' } strings":
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:149)',
    'roundRatio value zero denominator': 'RangeError: Division by zero (src/math/ratio.ts:151)',
    'roundRatio value no denominator':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:151)',
    'roundRatio digits null': 'TypeError: Cannot convert null to a BigInt (src/math/ratio.ts:149)',
    'roundRatio digits undefined': 'TypeError: Cannot convert undefined to a BigInt (src/math/ratio.ts:149)',
    'roundRatio digits -1': 'RangeError: undefined must be positive (src/math/ratio.ts:149)',
    'roundRatio digits NaN':
      'RangeError: The number NaN cannot be converted to a BigInt because it is not an integer (src/math/ratio.ts:149)',
    'roundRatio digits Infinity':
      'RangeError: The number Infinity cannot be converted to a BigInt because it is not an integer (src/math/ratio.ts:149)',
    'roundRatio digits 1e308': 'RangeError: Maximum BigInt size exceeded (src/math/ratio.ts:149)',
    'roundRatio digits 2.5':
      'RangeError: The number 2.5 cannot be converted to a BigInt because it is not an integer (src/math/ratio.ts:149)',
    "roundRatio digits 'constructor'":
      'SyntaxError: Cannot convert constructor to a BigInt (src/math/ratio.ts:149)',
    "roundRatio digits '__proto__'":
      'SyntaxError: Cannot convert __proto__ to a BigInt (src/math/ratio.ts:149)',
    "roundRatio digits 'toString'":
      'SyntaxError: Cannot convert toString to a BigInt (src/math/ratio.ts:149)',
    'roundRatio digits lone high surrogate':
      'SyntaxError: Cannot convert \ud800 to a BigInt (src/math/ratio.ts:149)',
    'roundRatio digits lone low surrogate':
      'SyntaxError: Cannot convert \udc00x to a BigInt (src/math/ratio.ts:149)',
    'roundRatio digits 1MB letters':
      'SyntaxError: Cannot convert aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa… (src/math/ratio.ts:149)',
    'roundRatio digits 1MB digits': 'RangeError: Maximum BigInt size exceeded (src/math/ratio.ts:149)',
    'roundRatio digits {}': 'SyntaxError: Cannot convert [object Object] to a BigInt (src/math/ratio.ts:149)',
    'roundRatio digits prototype keys':
      'SyntaxError: Cannot convert [object Object] to a BigInt (src/math/ratio.ts:149)',
    'roundRatio digits null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:149)',
    'roundRatio digits function':
      'SyntaxError: Cannot convert ()=>"hostile" to a BigInt (src/math/ratio.ts:149)',
    'roundRatio digits symbol':
      'TypeError: Cannot convert Symbol(hostile) to a BigInt (src/math/ratio.ts:149)',
    'roundRatio digits -(10n ** 400n)': 'RangeError: undefined must be positive (src/math/ratio.ts:149)',
    'roundRatio digits 1e9': 'hang: no answer after 20000 ms',
    'roundRatio mode null': 'bad return: returned undefined, not a bigint',
    'roundRatio mode 0': 'bad return: returned undefined, not a bigint',
    'roundRatio mode -1': 'bad return: returned undefined, not a bigint',
    'roundRatio mode NaN': 'bad return: returned undefined, not a bigint',
    'roundRatio mode Infinity': 'bad return: returned undefined, not a bigint',
    'roundRatio mode 1e308': 'bad return: returned undefined, not a bigint',
    'roundRatio mode 2.5': 'bad return: returned undefined, not a bigint',
    'roundRatio mode 42': 'bad return: returned undefined, not a bigint',
    'roundRatio mode true': 'bad return: returned undefined, not a bigint',
    'roundRatio mode false': 'bad return: returned undefined, not a bigint',
    "roundRatio mode ''": 'bad return: returned undefined, not a bigint',
    "roundRatio mode 'constructor'": 'bad return: returned undefined, not a bigint',
    "roundRatio mode '__proto__'": 'bad return: returned undefined, not a bigint',
    "roundRatio mode 'toString'": 'bad return: returned undefined, not a bigint',
    'roundRatio mode lone high surrogate': 'bad return: returned undefined, not a bigint',
    'roundRatio mode lone low surrogate': 'bad return: returned undefined, not a bigint',
    'roundRatio mode 1MB letters': 'bad return: returned undefined, not a bigint',
    'roundRatio mode 1MB digits': 'bad return: returned undefined, not a bigint',
    'roundRatio mode []': 'bad return: returned undefined, not a bigint',
    'roundRatio mode [null]': 'bad return: returned undefined, not a bigint',
    'roundRatio mode {}': 'bad return: returned undefined, not a bigint',
    'roundRatio mode prototype keys': 'bad return: returned undefined, not a bigint',
    'roundRatio mode null-prototype object': 'bad return: returned undefined, not a bigint',
    'roundRatio mode function': 'bad return: returned undefined, not a bigint',
    'roundRatio mode symbol': 'bad return: returned undefined, not a bigint',
    'roundRatio mode 1n': 'bad return: returned undefined, not a bigint',
    'roundRatio mode -(10n ** 400n)': 'bad return: returned undefined, not a bigint',
    'roundRatio mode Date object': 'bad return: returned undefined, not a bigint',
    "roundRatio mode 'up'": 'bad return: returned undefined, not a bigint',
    "roundRatio mode 'HALF_EVEN'": 'bad return: returned undefined, not a bigint',
  },
  // rates: 100
  rates: {
    'createRate input null':
      "TypeError: Cannot read properties of null (reading 'base') (src/rates/rate.ts:46)",
    'createRate input undefined':
      "TypeError: Cannot read properties of undefined (reading 'base') (src/rates/rate.ts:46)",
    'createRate input value 0.8675 number': 'bad return: not a rate',
    'createRate input value { n: 1n, d: 0n }': 'hang: no answer after 20000 ms',
    'createRate input value { n: 347, d: 400 } numbers': 'bad return: not a rate',
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
      "TypeError: Cannot read properties of null (reading 'source') (src/rates/ecb-csv.ts:80)",
    'previousTargetBusinessDay day 1n':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'previousTargetBusinessDay day -(10n ** 400n)':
      'TypeError: Do not know how to serialize a BigInt (src/rates/dates.ts:31)',
    'rateToJSON rate null':
      "TypeError: Cannot read properties of null (reading 'base') (src/rates/rate.ts:84)",
    'rateToJSON rate undefined':
      "TypeError: Cannot read properties of undefined (reading 'base') (src/rates/rate.ts:84)",
    'rateToJSON rate 0':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate -1':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate NaN':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate Infinity':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate 1e308':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate 2.5':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate 42':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate true':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate false':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    "rateToJSON rate ''":
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    "rateToJSON rate 'constructor'":
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    "rateToJSON rate '__proto__'":
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    "rateToJSON rate 'toString'":
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate []':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate [null]':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate {}':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate null-prototype object':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate function':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate symbol':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate 1n':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate Date object':
      "TypeError: Cannot read properties of undefined (reading 'd') (src/math/ratio.ts:204)",
    'rateToJSON rate RateJSON (value a string)':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'rateToJSON rate value { n: 1n, d: 0n }': 'hang: no answer after 20000 ms',
    'rateToJSON rate value { n: 347, d: 400 } numbers':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:205)',
    'rateToJSON rate value null':
      "TypeError: Cannot read properties of null (reading 'd') (src/math/ratio.ts:204)",
    'staticRates rates null': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates undefined': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates 0': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates -1': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates NaN': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates Infinity': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates 1e308': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates 2.5': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates 42': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates true': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates false': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates [null]':
      "TypeError: Cannot read properties of null (reading 'source') (src/rates/static-rates.ts:24)",
    'staticRates rates {}': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates prototype keys': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates null-prototype object':
      'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates function': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates symbol': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates 1n': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates -(10n ** 400n)': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates Date object': 'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'staticRates rates provider-like object without methods':
      'TypeError: rates is not iterable (src/rates/static-rates.ts:23)',
    'toRateProvider rates [null]':
      "TypeError: Cannot read properties of null (reading 'source') (src/rates/static-rates.ts:24)",
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
  // schema: 31
  schema: {
    'datasetToJSON dataset null':
      "TypeError: Cannot read properties of null (reading 'figures') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset undefined':
      "TypeError: Cannot read properties of undefined (reading 'figures') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset 0':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset -1':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset NaN':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset Infinity':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset 1e308':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset 2.5':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset 42':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset true':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset false':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    "datasetToJSON dataset ''":
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    "datasetToJSON dataset 'constructor'":
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    "datasetToJSON dataset '__proto__'":
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    "datasetToJSON dataset 'toString'":
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset []':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset [null]':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset {}':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset null-prototype object':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset function':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset symbol':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset 1n':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset Date object':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset { version: 1 }':
      "TypeError: Cannot read properties of undefined (reading 'map') (src/schema/parse-dataset.ts:231)",
    'datasetToJSON dataset figures null':
      "TypeError: Cannot read properties of null (reading 'map') (src/schema/parse-dataset.ts:231)",
  },
  // vitest: 136
  vitest: {
    'installReckonMatchers expect null':
      "TypeError: Cannot read properties of null (reading 'extend') (src/vitest/index.ts:189)",
    'installReckonMatchers expect undefined':
      "TypeError: Cannot read properties of undefined (reading 'extend') (src/vitest/index.ts:189)",
    'installReckonMatchers expect 0': 'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect -1': 'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect NaN':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect Infinity':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect 1e308':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect 2.5':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect 42': 'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect true':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect false':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    "installReckonMatchers expect ''": 'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    "installReckonMatchers expect 'constructor'":
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    "installReckonMatchers expect '__proto__'":
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    "installReckonMatchers expect 'toString'":
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect lone high surrogate':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect lone low surrogate':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect 1MB letters':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect 1MB digits':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect []': 'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect [null]':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect {}': 'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect prototype keys':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect null-prototype object':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect function':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect symbol':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect 1n': 'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect -(10n ** 400n)':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect Date object':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'installReckonMatchers expect { extend: 42 }':
      'TypeError: expect.extend is not a function (src/vitest/index.ts:189)',
    'setDefaultRates rates -1':
      "TypeError: Cannot use 'in' operator to search for 'value' in -1 (src/conversion/check-conversion.ts:178)",
    'setDefaultRates rates Infinity':
      "TypeError: Cannot use 'in' operator to search for 'value' in Infinity (src/conversion/check-conversion.ts:178)",
    'setDefaultRates rates 1e308':
      "TypeError: Cannot use 'in' operator to search for 'value' in 1e+308 (src/conversion/check-conversion.ts:178)",
    'setDefaultRates rates 2.5':
      "TypeError: Cannot use 'in' operator to search for 'value' in 2.5 (src/conversion/check-conversion.ts:178)",
    'setDefaultRates rates 42':
      "TypeError: Cannot use 'in' operator to search for 'value' in 42 (src/conversion/check-conversion.ts:178)",
    'setDefaultRates rates true':
      "TypeError: Cannot use 'in' operator to search for 'value' in true (src/conversion/check-conversion.ts:178)",
    "setDefaultRates rates 'constructor'":
      "TypeError: Cannot use 'in' operator to search for 'value' in constructor (src/conversion/check-conversion.ts:178)",
    "setDefaultRates rates '__proto__'":
      "TypeError: Cannot use 'in' operator to search for 'value' in __proto__ (src/conversion/check-conversion.ts:178)",
    "setDefaultRates rates 'toString'":
      "TypeError: Cannot use 'in' operator to search for 'value' in toString (src/conversion/check-conversion.ts:178)",
    'setDefaultRates rates lone high surrogate':
      "TypeError: Cannot use 'in' operator to search for 'value' in \ud800 (src/conversion/check-conversion.ts:178)",
    'setDefaultRates rates lone low surrogate':
      "TypeError: Cannot use 'in' operator to search for 'value' in \udc00x (src/conversion/check-conversion.ts:178)",
    'setDefaultRates rates 1MB letters':
      "TypeError: Cannot use 'in' operator to search for 'value' in aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa… (src/conversion/check-conversion.ts:178)",
    'setDefaultRates rates 1MB digits':
      "TypeError: Cannot use 'in' operator to search for 'value' in 99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999… (src/conversion/check-conversion.ts:178)",
    'setDefaultRates rates [null]':
      "TypeError: Cannot read properties of null (reading 'source') (src/rates/static-rates.ts:24)",
    'setDefaultRates rates {}':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'setDefaultRates rates prototype keys':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'setDefaultRates rates null-prototype object':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'setDefaultRates rates function':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'setDefaultRates rates symbol':
      "TypeError: Cannot use 'in' operator to search for 'value' in Symbol(hostile) (src/conversion/check-conversion.ts:178)",
    'setDefaultRates rates 1n':
      "TypeError: Cannot use 'in' operator to search for 'value' in 1 (src/conversion/check-conversion.ts:178)",
    'setDefaultRates rates -(10n ** 400n)':
      "TypeError: Cannot use 'in' operator to search for 'value' in -1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000… (src/conversion/check-conversion.ts:178)",
    'setDefaultRates rates Date object':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'setDefaultRates rates provider-like object without methods':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'setDefaultRates rates [rate value 0.8675 number]':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'setDefaultRates rates a Map of rates':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'reckonMatchers.toBeConsistentConversion received null':
      "TypeError: Cannot read properties of null (reading 'from') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received undefined':
      "TypeError: Cannot read properties of undefined (reading 'from') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received 0':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received -1':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received NaN':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received Infinity':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received 1e308':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received 2.5':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received 42':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received true':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received false':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    "reckonMatchers.toBeConsistentConversion received ''":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    "reckonMatchers.toBeConsistentConversion received 'constructor'":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    "reckonMatchers.toBeConsistentConversion received '__proto__'":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    "reckonMatchers.toBeConsistentConversion received 'toString'":
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received lone high surrogate':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received lone low surrogate':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received 1MB letters':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received 1MB digits':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received []':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received [null]':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received {}':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received prototype keys':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received null-prototype object':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received function':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received symbol':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received 1n':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received -(10n ** 400n)':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion received Date object':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/conversion/implied-rate.ts:61)",
    'reckonMatchers.toBeConsistentConversion rates -1':
      "TypeError: Cannot use 'in' operator to search for 'value' in -1 (src/conversion/check-conversion.ts:178)",
    'reckonMatchers.toBeConsistentConversion rates Infinity':
      "TypeError: Cannot use 'in' operator to search for 'value' in Infinity (src/conversion/check-conversion.ts:178)",
    'reckonMatchers.toBeConsistentConversion rates 1e308':
      "TypeError: Cannot use 'in' operator to search for 'value' in 1e+308 (src/conversion/check-conversion.ts:178)",
    'reckonMatchers.toBeConsistentConversion rates 2.5':
      "TypeError: Cannot use 'in' operator to search for 'value' in 2.5 (src/conversion/check-conversion.ts:178)",
    'reckonMatchers.toBeConsistentConversion rates 42':
      "TypeError: Cannot use 'in' operator to search for 'value' in 42 (src/conversion/check-conversion.ts:178)",
    'reckonMatchers.toBeConsistentConversion rates true':
      "TypeError: Cannot use 'in' operator to search for 'value' in true (src/conversion/check-conversion.ts:178)",
    "reckonMatchers.toBeConsistentConversion rates 'constructor'":
      "TypeError: Cannot use 'in' operator to search for 'value' in constructor (src/conversion/check-conversion.ts:178)",
    "reckonMatchers.toBeConsistentConversion rates '__proto__'":
      "TypeError: Cannot use 'in' operator to search for 'value' in __proto__ (src/conversion/check-conversion.ts:178)",
    "reckonMatchers.toBeConsistentConversion rates 'toString'":
      "TypeError: Cannot use 'in' operator to search for 'value' in toString (src/conversion/check-conversion.ts:178)",
    'reckonMatchers.toBeConsistentConversion rates lone high surrogate':
      "TypeError: Cannot use 'in' operator to search for 'value' in \ud800 (src/conversion/check-conversion.ts:178)",
    'reckonMatchers.toBeConsistentConversion rates lone low surrogate':
      "TypeError: Cannot use 'in' operator to search for 'value' in \udc00x (src/conversion/check-conversion.ts:178)",
    'reckonMatchers.toBeConsistentConversion rates 1MB letters':
      "TypeError: Cannot use 'in' operator to search for 'value' in aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa… (src/conversion/check-conversion.ts:178)",
    'reckonMatchers.toBeConsistentConversion rates 1MB digits':
      "TypeError: Cannot use 'in' operator to search for 'value' in 99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999… (src/conversion/check-conversion.ts:178)",
    'reckonMatchers.toBeConsistentConversion rates [null]':
      "TypeError: Cannot read properties of null (reading 'source') (src/rates/static-rates.ts:24)",
    'reckonMatchers.toBeConsistentConversion rates {}':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'reckonMatchers.toBeConsistentConversion rates prototype keys':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'reckonMatchers.toBeConsistentConversion rates null-prototype object':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'reckonMatchers.toBeConsistentConversion rates function':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'reckonMatchers.toBeConsistentConversion rates symbol':
      "TypeError: Cannot use 'in' operator to search for 'value' in Symbol(hostile) (src/conversion/check-conversion.ts:178)",
    'reckonMatchers.toBeConsistentConversion rates 1n':
      "TypeError: Cannot use 'in' operator to search for 'value' in 1 (src/conversion/check-conversion.ts:178)",
    'reckonMatchers.toBeConsistentConversion rates -(10n ** 400n)':
      "TypeError: Cannot use 'in' operator to search for 'value' in -1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000… (src/conversion/check-conversion.ts:178)",
    'reckonMatchers.toBeConsistentConversion rates Date object':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'reckonMatchers.toBeConsistentConversion rates provider-like object without methods':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'reckonMatchers.toBeConsistentConversion rates [rate value 0.8675 number]':
      'TypeError: Cannot mix BigInt and other types, use explicit conversions (src/math/ratio.ts:18)',
    'reckonMatchers.toBeConsistentConversion rates a Map of rates':
      'TypeError: provider.fixes is not a function (src/conversion/check-conversion.ts:201)',
    'reckonMatchers.toBeConsistentConversion options null':
      "TypeError: Cannot read properties of null (reading 'assumeSourceExact') (src/conversion/implied-rate.ts:69)",
    'reckonMatchers.toBeConsistentConversion options.toleranceBps null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:246)',
    'reckonMatchers.toBeConsistentConversion options.toleranceBps symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:246)',
    'reckonMatchers.toBeConsistentConversion options.maxResolutionBps null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:246)',
    'reckonMatchers.toBeConsistentConversion options.maxResolutionBps symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:246)',
    'reckonMatchers.toAllow received null':
      "TypeError: Cannot read properties of null (reading 'amount') (src/figure/format-figure.ts:95)",
    'reckonMatchers.toAllow received undefined':
      "TypeError: Cannot read properties of undefined (reading 'amount') (src/figure/format-figure.ts:95)",
    "reckonMatchers.toAllow received qualifier 'sometimes'":
      "TypeError: Cannot read properties of undefined (reading 'currency') (src/figure/bounds.ts:92)",
    "reckonMatchers.toAllow received qualifier 'constructor'":
      "TypeError: Cannot read properties of undefined (reading 'currency') (src/figure/bounds.ts:92)",
    'reckonMatchers.toAllow options null':
      "TypeError: Cannot read properties of null (reading 'view') (src/figure/bounds.ts:113)",
    'reckonMatchers.toAllow options.view NaN':
      'bad return: text contains junk: expected up to £11bn to allow £500,000,000.00 (GBP): its NaN bounds are [£0.00, £11,000,000,000.00]',
    'reckonMatchers.toAllow options.view Infinity':
      'bad return: text contains junk: expected up to £11bn to allow £500,000,000.00 (GBP): its Infinity bounds are [£0.00, £11,000,000,000.00]',
    'reckonMatchers.toAllow options.view {}':
      'bad return: text contains junk: expected up to £11bn to allow £500,000,000.00 (GBP): its [object Object] bounds are [£0.00, £11,000,000,000.00]',
    'reckonMatchers.toAllow options.view prototype keys':
      'bad return: text contains junk: expected up to £11bn to allow £500,000,000.00 (GBP): its [object Object] bounds are [£0.00, £11,000,000,000.00]',
    'reckonMatchers.toAllow options.view null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/vitest/index.ts:154)',
    'reckonMatchers.toAllow options.view function':
      'bad return: text contains junk: expected up to £11bn to allow £500,000,000.00 (GBP): its ()=>"hostile" bounds are [£0.00, £11,000,000,000.00]',
    'reckonMatchers.toAllow options.view symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/vitest/index.ts:154)',
    'reckonMatchers.toAllow options.almostBand 0':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'reckonMatchers.toAllow options.almostBand null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:109)',
    'reckonMatchers.toAllow options.almostBand symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:109)',
    'reckonMatchers.toAllow options.almostBand 1n':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'reckonMatchers.toAllow options.almostBand 0.1 (a number)':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'reckonMatchers.toAllow options.aboutBand 0':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'reckonMatchers.toAllow options.aboutBand null-prototype object':
      'TypeError: Cannot convert object to primitive value (src/math/ratio.ts:109)',
    'reckonMatchers.toAllow options.aboutBand symbol':
      'TypeError: Cannot convert a Symbol value to a string (src/math/ratio.ts:109)',
    'reckonMatchers.toAllow options.aboutBand 1n':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
    'reckonMatchers.toAllow options.aboutBand 0.1 (a number)':
      'TypeError: text.replace is not a function (src/figure/bounds.ts:57)',
  },
};
