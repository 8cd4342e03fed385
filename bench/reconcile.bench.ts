import { bench, describe } from 'vitest';
import { reconcile } from '../src/reconcile/index';
import { syntheticMentions, syntheticRates } from './reconcile-synthetic';

// The same density at two sizes: ten times the mentions over ten times the parties. Near-linear time
// shows as a ratio near 10; an all-pairs comparison would show near 100.
const small = syntheticMentions(10_000, 1_000);
const large = syntheticMentions(100_000, 10_000);
const options = { rates: syntheticRates };

describe('reconcile 10,000 vs 100,000 mentions (same density, 3 currencies, 60 days)', () => {
  bench(
    'baseline: reconcile 10,000 mentions over 1,000 parties',
    () => {
      reconcile(small, options);
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
  bench(
    'reconcile 100,000 mentions over 10,000 parties',
    () => {
      reconcile(large, options);
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
});
