export type {
  AggregateGroup,
  AggregateOptions,
  AggregateResult,
  AggregateTotals,
  Aggregator,
  Allocation,
  ConvertedInterval,
  MoneyInterval,
  NotAddedItem,
  RateUse,
} from './aggregate';
export { aggregate, aggregateAsync, aggregator } from './aggregate';
