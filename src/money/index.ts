export type { Currency, KnownCurrencyCode } from './currencies';
export { currency, EUR, GBP, isCurrencyCode, safeCurrency, USD } from './currencies';
export type { FormatMoneyOptions } from './format-money';
export { formatMoney } from './format-money';
export type { Money, MoneyOptions, ToDecimalStringOptions } from './money';
export { currencyCode, money, toDecimalString } from './money';
