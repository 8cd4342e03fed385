import type { LanguageWords, ReconcileSentences, ReportWords, VerdictSentences, WritingWords } from './types';
import { counting } from './words-of';

/** English. @internal */
export const EN: LanguageWords = {
  scales: new Map([
    ['k', 3],
    ['thousand', 3],
    ['m', 6],
    ['mn', 6],
    ['mln', 6],
    ['mil', 6],
    // US finance shorthand ("$4.5MM"); glued only: "4.5 mm" is millimetres.
    ['mm', 6],
    ['million', 6],
    ['millions', 6],
    ['b', 9],
    ['bn', 9],
    ['bln', 9],
    // The Star (Malaysia): "RM32bil", "US$7.7bil", as "mil" for million.
    ['bil', 9],
    ['billion', 9],
    ['billions', 9],
    ['tn', 12],
    ['trn', 12],
    ['trln', 12],
    // Headline capital: "$3T"; glued only.
    ['t', 12],
    ['trillion', 12],
    ['trillions', 12],
    ['lakh', 5],
    ['lakhs', 5],
    ['crore', 7],
    ['crores', 7],
    // Indian business copy: "Rs 2,200 cr"; read after the rupee only (CURRENCY_ONLY_SCALES).
    ['cr', 7],
  ]),
  gluedOnlyScales: ['k', 'm', 'b', 'mm', 't'],
  dottedScales: [],
  placeWords: ['hundred', 'thousand'],
  fractionWords: (
    'half halves quarter quarters third thirds fourth fourths fifth fifths sixth sixths seventh sevenths ' +
    'eighth eighths ninth ninths tenth tenths'
  ).split(' '),
  qualifiers: {
    upTo: 'up to|a maximum of|as much as|as high as|no more than|at most',
    atLeast: 'a minimum of|at least|no less than',
    about:
      'about|around|roughly|approximately|approx|some|an estimated|estimated|circa|in the region of|in the region|in the order of|c',
    moreThan:
      'more than|over|above|just ahead of|in excess of|upwards of|upward of|north of|well over|well above|well in excess of|well north of|just over|just above|just more than|slightly more than|slightly over|a little over|a little more than|a touch over|a shade over|higher than|greater than',
    almost:
      'the best part of|nearly|almost|just under|just below|just shy of|just short of|slightly less than|slightly under|a little under|a little less than|a shade under|a touch under|close to|not quite',
    lessThan: 'less than|under|below|well under|well below|lower than|fewer than',
  },
  ownQualifierWords: [],
  postfixQualifiers: { 'or more': 'atLeast', 'or higher': 'atLeast', 'or less': 'upTo', 'or lower': 'upTo' },
  between: { open: 'between', join: 'and' },
  rangeWords: ['to'],
  changeVerbs: (
    'rose rise rises risen rising grew grow grows grown growing increased increase increases ' +
    'increasing fell fall falls fallen falling dropped drop drops dropping declined decline declines ' +
    'declining jumped jump jumps climbed climb climbs surged surges soared soars slumped plunged ' +
    'tumbled slid shrank shrunk swelled doubled tripled raised raising lifted boosted cut cutting ' +
    'reduced reducing lowered widened narrowed up down'
  ).split(' '),
  particleVerbs: {
    // "take" also means "cost": only the infinitive after "to" and "taking" are read as "acquire".
    over: [
      ...'hand hands handed handing sign signs signed signing fork forks forked forking'.split(' '),
      ...'roll rolls rolled rolling'.split(' '),
      'to take',
      'taking',
    ],
  },
  costSignals: 'it this that which expected likely estimated projected forecast set going due needed'.split(
    ' ',
  ),
  articles: ['a', 'an'],
  currencyNames: {
    GBP: 'pounds sterling|pound sterling|british pounds|pound|pounds|sterling',
    USD: 'us dollars|us dollar|u.s. dollars|dollar|dollars',
    CHF: 'swiss francs|swiss franc',
    EUR: 'euro|euros',
    JPY: 'yen|japanese yen',
    CNY: 'yuan|renminbi|chinese yuan',
    // Wire copy writes other currencies by name (review3 H1). An adjective decides the dollar, crown and
    // peso; bare "crowns", "kroner" and "pesos" name several and are not read. "won", "rand" and "Real"
    // are also ordinary words: grammar-names.ts says when they are money.
    AUD: 'australian dollars|australian dollar',
    CAD: 'canadian dollars|canadian dollar',
    NZD: 'new zealand dollars|new zealand dollar',
    HKD: 'hong kong dollars|hong kong dollar',
    SGD: 'singapore dollars|singapore dollar|singaporean dollars',
    TWD: 'taiwan dollars|taiwan dollar|new taiwan dollars|taiwanese dollars',
    INR: 'rupees|rupee|indian rupees|indian rupee',
    PKR: 'pakistani rupees|pakistani rupee',
    LKR: 'sri lankan rupees|sri lankan rupee',
    KRW: 'won|south korean won|korean won',
    SEK: 'kronor|krona|swedish crowns|swedish crown|swedish kronor|swedish krona',
    NOK: 'norwegian crowns|norwegian crown|norwegian kroner|norwegian krone',
    DKK: 'danish crowns|danish crown|danish kroner|danish krone',
    ISK: 'icelandic crowns|icelandic crown|icelandic kronur|icelandic kronas|icelandic krona',
    CZK: 'korunas|koruna|koruny|czech crowns|czech crown|czech korunas|czech koruna',
    ZAR: 'rand|south african rand',
    BRL: 'reais|brazilian reais|brazilian real',
    MXN: 'mexican pesos|mexican peso',
    PHP: 'philippine pesos|philippine peso',
    ARS: 'argentine pesos|argentine peso|argentinian pesos',
    CLP: 'chilean pesos|chilean peso',
    COP: 'colombian pesos|colombian peso',
    TRY: 'lira|liras|turkish lira|turkish liras',
    RUB: 'roubles|rouble|rubles|ruble|russian roubles|russian rouble|russian rubles|russian ruble',
    PLN: 'zlotys|zloty|zlotych|złoty|polish zlotys|polish zloty',
    HUF: 'forints|forint|hungarian forints|hungarian forint',
    MYR: 'ringgit|malaysian ringgit',
    THB: 'baht|thai baht',
    IDR: 'rupiah|indonesian rupiah',
    ILS: 'shekels|shekel|israeli shekels|new israeli shekels|new shekels',
    RON: 'lei|romanian lei',
    BGN: 'leva|bulgarian leva',
  },
  currencyNameSignals: [
    'dollars',
    'dollar',
    'euros',
    'euro',
    'pounds',
    'pound',
    'sterling',
    'british',
    'swiss',
    'us',
    'cents',
    'pence',
  ],
  currencyNameSignalsAnyCase: [],
  signals: (
    'the and of to in a an is was will has for with by bn bln mln billion billions million ' +
    'millions trillion from on at which be been are were said this or up more than about nearly ' +
    'between least dollars pounds euros its that it'
  ).split(' '),
  units: counting('one two three four five six seven eight nine', 1, 1),
  teens: counting('ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', 10, 1),
  tens: counting('twenty thirty forty fifty sixty seventy eighty ninety', 20, 10),
};

/** How English writes figures, days and numbers. @internal */
export const EN_WRITING: WritingWords = {
  format: {
    qualifiers: {
      exact: '',
      about: 'about ',
      upTo: 'up to ',
      atLeast: 'at least ',
      moreThan: 'more than ',
      almost: 'almost ',
      lessThan: 'less than ',
    },
    range: (low, high) => `between ${low} and ${high}`,
    scaleSuffixes: ['', 'k', 'm', 'bn', 'tn'],
    signAfter: false,
    group: ',',
    decimal: '.',
  },
  intl: 'en-GB',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  day: (day, month, year) => `${day} ${month} ${year}`,
};

/** The sentences of explainVerdict in English. @internal */
export const EN_VERDICT: VerdictSentences = {
  rate: (value, unit, per) => `${value} ${unit} per ${per}`,
  on: (day) => `on ${day}`,
  fromTo: (from, to) => `from ${from} to ${to}`,
  noRatesAtAll: (pair) => `The rates given have no fix for ${pair} at all`,
  ratesEndBefore: (pair, end, between) =>
    `The rates given for ${pair} end on ${end}: they have no fix ${between}`,
  ratesStartAfter: (pair, start, between) =>
    `The rates given for ${pair} start on ${start}: they have no fix ${between}`,
  closed: (pair, between) =>
    `There is no reference rate for ${pair} ${between}: none is fixed on weekends and TARGET holidays`,
  noFix: (pair, between) => `The rates given have no fix for ${pair} ${between}`,
  consistent: (f) =>
    `${f.b} is ${f.a} at the ${f.source} reference rate of ${f.day} (${f.fix}), within ${f.bps} bp.`,
  consistentInRange: (f, range) =>
    `${f.b} is ${f.a} at the ${f.source} reference rate of ${f.day} (${f.fix}), within the range its digits allow (${range}); ${f.bps} bp from the point value.`,
  withinTolerance: (f, tolerance) =>
    `${f.b} matches ${f.a} at the ${f.source} reference rate of ${f.day} (${f.fix}) to within ${f.bps} bp, inside the ${tolerance} bp tolerance for one day's move.`,
  rangeMismatch: (a, b) =>
    `${b} for ${a} cannot be checked: one side is a range and the other a single figure, so which end was converted cannot be told (the other end is missing).`,
  noRate: (clause, a, b) => `${clause}, so ${b} for ${a} cannot be checked.`,
  tooCoarse: (f, maxResolution, gap) =>
    `${f.b} is too coarse to check ${f.a}: its rounding alone allows more than ${maxResolution} bp either way. The closest reference rate, ${f.fix} on ${f.day} (${f.source}), ${gap === undefined ? 'lies in that range' : `is ${gap} bp outside it`}.`,
  eventDays: (from, to) => `from ${from} to ${to} or `,
  inconsistent: (f, eventDays, from, to, tolerance) =>
    `${f.b} is not ${f.a} at any reference rate ${eventDays}from ${from} to ${to}: the closest, ${f.fix} on ${f.day} (${f.source}), misses the range the written digits allow by ${f.bps} bp (tolerance ${tolerance} bp).`,
  inverted: 'The rate looks inverted (1/r was used).',
  scale: 'The amounts look off by a factor of a thousand, a million or a billion (a unit slip).',
  outsideMatch: (outside) => `The fix of ${outside} would match.`,
  eventApart: (eventFrom, eventTo, from, to) =>
    `The event and the publication are more than 31 days apart: only the fixes from ${eventFrom} to ${eventTo} and from ${from} to ${to} count.`,
  ratesEnd: (pair, end) => `The rates given for ${pair} end on ${end}; a later fix may be missing.`,
  laterEvent: (later) =>
    `The event date (${later}) is after publication: the writer cannot have used a later fix, so only fixes up to publication count.`,
};

/** The words of the reconcile explanations in English. @internal */
export const EN_RECONCILE: ReconcileSentences = {
  kinds: {
    investment: ['investment', 'an investment'],
    equityStake: ['equity stake', 'an equity stake'],
    loan: ['loan', 'a loan'],
    grant: ['grant', 'a grant'],
    capex: ['capital expenditure', 'a capital expenditure'],
    contract: ['contract', 'a contract'],
    pledge: ['pledge', 'a pledge'],
    fundingRound: ['funding round', 'a funding round'],
    project: ['project', 'a project'],
    valuation: ['valuation', 'a valuation'],
    capitalUnderManagement: ['capital under management', 'a figure of capital under management'],
    marketCapitalisation: ['market capitalisation', 'a market capitalisation'],
  },
  roles: {
    investor: 'investor',
    recipient: 'recipient',
    lender: 'lender',
    borrower: 'borrower',
    arranger: 'arranger',
    customer: 'customer',
    supplier: 'supplier',
    partner: 'partner',
    subject: 'subject',
  },
  quoted: (text) => `“${text}”`,
  more: (n) => `${n} more`,
  and: 'and',
  to: 'to',
  noAmount: '(no amount)',
  anyAmount: 'any amount',
  range: (a, b) => `${a}–${b}`,
  below: (b, inclusive) => `${inclusive ? 'up to' : 'below'} ${b}`,
  above: (a, inclusive) => (inclusive ? `${a} or more` : `more than ${a}`),
  allows: (currency, iv) => `read in ${currency} it allows ${iv}`,
  noRateReads: (currency) => `no rate reads it in ${currency}`,
  explicitId: (who, id, allows, overlap) =>
    `${who} carries the commitment id ${id}; ${allows}, and all its mentions together allow ${overlap}.`,
  convertedFrom: (who, of, allows) =>
    `${who} is the source's own conversion of ${of}: ${allows}, which meets the figure it converts (to within τ).`,
  sameParty: (role, name) => `the same ${role} ${name}`,
  compatibleParties: 'compatible parties',
  joined: (who, parties, kind, spanDays, allows, overlap) =>
    `${who} joined: ${parties} as in the others, the same kind (${kind}), ${spanDays} ${spanDays === 1 ? 'day' : 'days'} from the first mention to the last, and ${allows}, which leaves ${overlap} for all.`,
  alsoFits: (base, groups) =>
    `${base} Its amount would also fit ${groups}, but only this group reaches its written value.`,
  sides: { above: 'above', below: 'below' },
  notConversion: (who, pins, currency, mine, gap, side, others) =>
    `${who} is not a conversion of ${pins}, which it stands beside in its source: read in ${currency} it allows ${mine}, ${gap} bp ${side} ${others}.`,
  contradicts: (who, group, currency, mine, gap, side, others, pins, pinCount) =>
    `${who} contradicts the other mentions of ${group}: read in ${currency} it allows ${mine}, ${gap} bp ${side} the ${others} that ${pins} ${pinCount === 1 ? 'allows' : 'allow'}.`,
  roundingMayExplain: 'Read as rounded to its leading digits (its trailing zeros as rounding), it would fit.',
  scaleMayExplain: (factor) => `Multiplied by ${factor} it would fit: a slipped decimal point or scale word?`,
  ambiguous: (label, n, ids) => `${label} fits ${n} groups (${ids}) and was merged into none of them.`,
  single: (label, kind, parties, allows) =>
    `One mention, ${label}, is ${kind} of its own (${parties}): it allows ${allows}.`,
  pins: (low, lowCount, high) => `; ${low} set${lowCount === 1 ? 's' : ''} the low end, ${high} the high end`,
  many: (n, sources, kind, parties, days, currency, allows, pins) =>
    `${n} mentions from ${sources} source${sources === 1 ? '' : 's'} are ${kind} (${parties}), ${days}: read in ${currency} they allow ${allows} together${pins}.`,
  unchecked: (currency, labels) =>
    `Not checked, for want of a rate into ${currency}: ${labels}; the amount is what the others allow.`,
  ceiling: (ceilings, sources) =>
    `${ceilings} of ${sources} sources say “up to”: it is counted as a ceiling, not as a firm amount.`,
  converted: (currency, iv, source, day) => `In ${currency}: ${iv} at the ${source} rate of ${day}.`,
  tie: 'Other mentions allow another amount and no side has a clear majority: which of them contradict is a tie, and totals count the span of both amounts.',
  kindSplit: (others, n) =>
    `${others} differ${n === 1 ? 's' : ''} from it only by kind: the same parties, dates and amount. Kept apart; totals count one in full and the other from 0 to its amount. If the kinds are one commitment, kindGroups makes them one.`,
};

/**
 * The words of the HTML report in English. Kinds and statuses are the dataset's own names, as the
 * page has always written them. @internal
 */
export const EN_REPORT: ReportWords = {
  title: 'Commitments report',
  source: 'Source',
  by: 'Totals by',
  party: 'party',
  to: 'Converted to',
  notConverted: 'not converted (no target currency)',
  asOf: 'Rates as of',
  asOfEach: "each commitment's own date",
  asOfEachOrArticle:
    "each commitment's own date; for one without a date, the date of the article it is cited from",
  allocation: 'Joint commitments',
  allocations: {
    unallocated:
      'unallocated (each party may hold up to all of it, less what its parts give the others; counted once in the grand total)',
    equal: 'split equally between the parties in the role',
    full: 'shown in full for every party in the role',
  },
  view: 'Bounds',
  views: { nominal: 'nominal (as worded)', rounding: 'rounding intervals (as written, rounded)' },
  plot: 'Totals per party',
  plotIntro:
    'Each bar runs from the lowest to the highest total the reports allow, on one axis per currency shared by all rows.',
  legend: 'How to read the plot',
  legendBar: 'a range: from low to high',
  legendDot: 'an exact amount',
  legendArrow: 'no upper (or lower) end: "more than"',
  legendConverted: 'outlined: the total converted into one currency',
  legendIncomplete: 'hatched: incomplete, a rate is missing',
  nameCol: 'Party',
  convertedCol: (c) => `All converted to ${c}`,
  inCurrency: (c) => `In ${c}`,
  grand: 'Grand total (each commitment once)',
  nothing: 'nothing added',
  none: '—',
  details: (n, m) => `${n} ${n === 1 ? 'commitment' : 'commitments'} added, ${m} not added or without amount`,
  added: 'Added',
  notAdded: 'Not added',
  reasons: {
    notAdditive: (kind) => `a stock or mark (${kind}), never summed`,
    partOf: (whole) => `part of ${whole}, which is counted already`,
    withdrawn: () => 'withdrawn',
  },
  withoutAmount: 'no amount given (counted, adding nothing)',
  issues: 'Problems',
  quote: 'Quote',
  document: 'Source',
  published: 'published',
  attributed: (who) => `per ${who}`,
  table: 'The numbers',
  tableCaption: 'Every total in the plot, exactly (low and high ends; —: no end on that side)',
  role: 'Role',
  currency: 'Currency',
  low: 'Low',
  high: 'High',
  shown: 'Shown as',
  complete: 'Complete',
  yes: 'yes',
  no: 'no',
  rates: 'Rates used',
  ratesIntro: 'Each rate with the day of its fix and its source.',
  noRates: 'No rate was used.',
  rate: 'Rate',
  fixOf: 'Fix of',
  asked: 'Asked for',
  rateSource: 'Source',
  usedFor: 'Used for',
  usedTotals: 'converting the totals',
  usedCheck: (id) => `checking ${id}`,
  checks: 'Checked conversions',
  checksIntro: 'Every conversion the reports made ("£11bn (€12.68bn)"), checked against the rates.',
  noChecks: 'The dataset reports no conversions.',
  statuses: {
    consistent: '✓ consistent',
    withinTolerance: '~ within tolerance',
    inconsistent: '✗ inconsistent',
    indeterminate: '? indeterminate',
  },
  footer: 'Made by reckon. Amounts are exact; the plot rounds only where it draws.',
  unbounded: 'unbounded',
  upTo: 'up to',
  under: 'under',
  incomplete: (c, bound) => `${c} incomplete (${bound}a rate is missing)`,
  kinds: {
    investment: 'investment',
    equityStake: 'equity stake',
    loan: 'loan',
    grant: 'grant',
    capex: 'capital expenditure',
    contract: 'contract',
    pledge: 'pledge',
    fundingRound: 'funding round',
    project: 'project',
    valuation: 'valuation',
    capitalUnderManagement: 'capital under management',
    marketCapitalisation: 'market capitalisation',
  },
  commitmentStatuses: {
    announced: 'announced',
    confirmed: 'confirmed',
    planned: 'planned',
    underConsideration: 'under consideration',
    completed: 'completed',
    withdrawn: 'withdrawn',
  },
  quoted: (text) => `“${text}”`,
  contradictions: (n) => `Contradictions: ${n} report${n === 1 ? '' : 's'} not counted`,
  contradictionsIntro: (command) =>
    `These reports give an amount the other sources of the same commitment do not allow; they are left out of the totals. ${command} shows each with the sources it contradicts.`,
  mentionsNotReported: (n, contradictions, command) =>
    `The totals add the dataset's commitments; its ${n} mention${n === 1 ? ' is' : 's are'} not reported here${contradictions === undefined ? '' : ` (${contradictions} contradiction${contradictions === 1 ? '' : 's'} among them)`}: ${command} compares them.`,
};
