import type { LanguageWords, ReconcileSentences, ReportWords, VerdictSentences, WritingWords } from './types';
import { counting } from './words-of';

/** A currency name after an adjective, in the two forms a number takes ("australische Dollar", "mit … australischen Dollar"). */
function adjective(stem: string, noun: string): string {
  return `${stem}e ${noun}|${stem}en ${noun}`;
}

/** German. @internal */
export const DE: LanguageWords = {
  scales: new Map([
    ['tsd', 3],
    ['tausend', 3],
    ['mio', 6],
    ['million', 6],
    ['millionen', 6],
    ['mrd', 9],
    ['md', 9],
    ['milliarde', 9],
    ['milliarden', 9],
    ['bio', 12],
    ['billion', 12],
    ['billionen', 12],
  ]),
  gluedOnlyScales: [],
  dottedScales: ['tsd', 'mio', 'mrd', 'md', 'bio'],
  placeWords: ['hundert', 'tausend'],
  fractionWords: 'hälfte drittel viertel fünftel sechstel siebtel achtel neuntel zehntel'.split(' '),
  qualifiers: {
    upTo: 'bis zu|bis|höchstens|maximal',
    about: 'rund|etwa|ca|circa|zirka|ungefähr|schätzungsweise',
    atLeast: 'mindestens|wenigstens',
    moreThan:
      'mehr als|über|gut|gut und gerne|knapp über|knapp mehr als|etwas mehr als|etwas über|weit über|weit mehr als|deutlich über|deutlich mehr als|gut über',
    almost: 'fast|knapp|beinahe|nahezu|annähernd|knapp unter|knapp weniger als|etwas weniger als|etwas unter',
    lessThan: 'weniger als|unter|deutlich unter|deutlich weniger als|weit unter',
  },
  // "fast" is "almost" in German and no qualifier in English ("fast 5G").
  ownQualifierWords: ['fast'],
  postfixQualifiers: { 'oder mehr': 'atLeast', 'oder weniger': 'upTo' },
  between: { open: 'zwischen', join: 'und' },
  rangeWords: ['bis'],
  changeVerbs: [],
  particleVerbs: {},
  costSignals: [],
  articles: ['ein', 'eine'],
  currencyNames: {
    GBP: 'pfund sterling|britische pfund|britischen pfund|pfund',
    USD: 'us-dollar|us-dollars|dollar',
    CHF: 'schweizer franken|franken',
    EUR: 'euro',
    // As en.ts: an adjective decides the dollar, the crown and the peso ("Kronen" alone is not read).
    AUD: adjective('australisch', 'dollar'),
    CAD: adjective('kanadisch', 'dollar'),
    NZD: `neuseeland-dollar|${adjective('neuseeländisch', 'dollar')}`,
    HKD: 'hongkong-dollar|hongkong-dollars',
    SGD: `singapur-dollar|${adjective('singapurisch', 'dollar')}`,
    TWD: `taiwan-dollar|${adjective('taiwanisch', 'dollar')}`,
    INR: `rupien|rupie|${adjective('indisch', 'rupien')}`,
    PKR: adjective('pakistanisch', 'rupien'),
    KRW: `won|${adjective('südkoreanisch', 'won')}`,
    SEK: adjective('schwedisch', 'kronen'),
    NOK: adjective('norwegisch', 'kronen'),
    DKK: adjective('dänisch', 'kronen'),
    ISK: adjective('isländisch', 'kronen'),
    CZK: adjective('tschechisch', 'kronen'),
    ZAR: `rand|${adjective('südafrikanisch', 'rand')}`,
    BRL: `real|reais|${adjective('brasilianisch', 'real')}|${adjective('brasilianisch', 'reais')}`,
    MXN: `${adjective('mexikanisch', 'pesos')}|${adjective('mexikanisch', 'peso')}`,
    PHP: adjective('philippinisch', 'pesos'),
    ARS: adjective('argentinisch', 'pesos'),
    CLP: adjective('chilenisch', 'pesos'),
    COP: adjective('kolumbianisch', 'pesos'),
    TRY: `lira|${adjective('türkisch', 'lira')}`,
    RUB: `rubel|${adjective('russisch', 'rubel')}`,
    PLN: `zloty|${adjective('polnisch', 'zloty')}|${adjective('polnisch', 'złoty')}`,
    HUF: `forint|${adjective('ungarisch', 'forint')}`,
    MYR: `ringgit|${adjective('malaysisch', 'ringgit')}`,
    THB: `baht|${adjective('thailändisch', 'baht')}`,
    IDR: `rupiah|${adjective('indonesisch', 'rupiah')}`,
    ILS: `schekel|${adjective('israelisch', 'schekel')}`,
    RON: `lei|${adjective('rumänisch', 'lei')}`,
    BGN: `lewa|${adjective('bulgarisch', 'lewa')}`,
    JPY: adjective('japanisch', 'yen'),
    CNY: adjective('chinesisch', 'yuan'),
  },
  currencyNameSignals: [
    'Dollar',
    'Euro',
    'Pfund',
    'Franken',
    'US-Dollar',
    'Schweizer',
    'britische',
    'britischen',
    'Cent',
  ],
  currencyNameSignalsAnyCase: ['pfund', 'franken'],
  signals: (
    'mrd mio bio billionen um es wurde werden sind bei aus zum zur vom einer eines dass oder ' +
    'bzw sowie laut soll tsd milliarden milliarde millionen pfund rund etwa bis zu und der die ' +
    'das mit von ein eine einen für über mehr als fast knapp zwischen mindestens unter weniger ' +
    'euro ist wird hat nach auf im den dem sich nicht auch umgerechnet us-dollar'
  ).split(' '),
  units: new Map([
    ...counting('ein eine einer einem einen eins', 1, 0),
    ...counting('zwei drei vier fünf sechs sieben acht neun', 2, 1),
  ]),
  teens: counting('zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn', 10, 1),
  tens: new Map([
    ...counting('zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig', 20, 10),
    ['dreissig', 30],
  ]),
};

/** How German writes figures, days and numbers. @internal */
export const DE_WRITING: WritingWords = {
  format: {
    qualifiers: {
      exact: '',
      about: 'rund ',
      upTo: 'bis zu ',
      atLeast: 'mindestens ',
      moreThan: 'mehr als ',
      almost: 'fast ',
      lessThan: 'weniger als ',
    },
    range: (low, high) => `zwischen ${low} und ${high}`,
    scaleSuffixes: ['', 'Tsd.', 'Mio.', 'Mrd.', 'Bio.'],
    signAfter: true,
    group: '.',
    decimal: ',',
  },
  intl: 'de-DE',
  // "Die Umrechnung" is the subject, so the verb never has to agree with an amount.
  months: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  day: (day, month, year) => `${day}. ${month} ${year}`,
};

/** The sentences of explainVerdict in German. @internal */
// "Die Umrechnung" is the subject, so the verb never has to agree with an amount.
export const DE_VERDICT: VerdictSentences = {
  rate: (value, unit, per) => `${value.replace('.', ',')} ${unit} je ${per}`,
  on: (day) => `am ${day}`,
  fromTo: (from, to) => `vom ${from} bis zum ${to}`,
  noRatesAtAll: (pair) => `Die angegebenen Kurse enthalten keinen Kurs für ${pair}`,
  ratesEndBefore: (pair, end, between) =>
    `Die angegebenen Kurse für ${pair} enden am ${end}, sie enthalten keinen Kurs ${between}`,
  ratesStartAfter: (pair, start, between) =>
    `Die angegebenen Kurse für ${pair} beginnen am ${start}, sie enthalten keinen Kurs ${between}`,
  closed: (pair, between) =>
    `${between[0]?.toUpperCase()}${between.slice(1)} gibt es keinen Referenzkurs für ${pair}, da an Wochenenden und TARGET-Feiertagen keiner festgestellt wird`,
  noFix: (pair, between) => `Die angegebenen Kurse enthalten ${between} keinen Kurs für ${pair}`,
  consistent: (f) =>
    `Die Umrechnung von ${f.a} in ${f.b} stimmt mit dem Referenzkurs vom ${f.day} überein (${f.fix}, Quelle: ${f.source}), Abweichung ${f.bps} bp.`,
  consistentInRange: (f, range) =>
    `Die Umrechnung von ${f.a} in ${f.b} stimmt mit dem Referenzkurs vom ${f.day} überein (${f.fix}, Quelle: ${f.source}): innerhalb des Bereichs, den die Ziffern von ${f.b} erlauben (${range}); ${f.bps} bp vom genannten Wert.`,
  withinTolerance: (f, tolerance) =>
    `Die Umrechnung von ${f.a} in ${f.b} liegt ${f.bps} bp neben dem Referenzkurs vom ${f.day} (${f.fix}, Quelle: ${f.source}), innerhalb der Toleranz von ${tolerance} bp für die Bewegung eines Tages.`,
  rangeMismatch: (a, b) =>
    `Die Umrechnung von ${a} in ${b} ist nicht prüfbar: eine Seite ist eine Spanne, die andere ein einzelner Betrag, und welches Ende umgerechnet wurde, lässt sich nicht sagen (das andere fehlt).`,
  noRate: (clause, a, b) => `${clause}; die Umrechnung von ${a} in ${b} lässt sich daher nicht prüfen.`,
  tooCoarse: (f, maxResolution, gap) =>
    `Die Angabe ${f.b} ist zu grob gerundet, um die Umrechnung von ${f.a} in ${f.b} zu prüfen: schon ihre Rundung erlaubt mehr als ${maxResolution} bp nach oben und unten. Der nächstgelegene Referenzkurs, ${f.fix} am ${f.day} (Quelle: ${f.source}), ${gap === undefined ? 'liegt in diesem Bereich' : `liegt ${gap} bp daneben`}.`,
  eventDays: (from, to) => `vom ${from} bis zum ${to} oder `,
  inconsistent: (f, eventDays, from, to, tolerance) =>
    `Die Umrechnung von ${f.a} in ${f.b} passt zu keinem Referenzkurs ${eventDays}vom ${from} bis zum ${to}: der nächstgelegene, ${f.fix} am ${f.day} (Quelle: ${f.source}), verfehlt den Bereich, den die geschriebenen Ziffern erlauben, um ${f.bps} bp (Toleranz ${tolerance} bp).`,
  inverted: 'Der Kurs scheint vertauscht (1/r statt r).',
  scale:
    'Die Beträge scheinen um den Faktor Tausend, Million oder Milliarde verschoben (eine verwechselte Einheit).',
  outsideMatch: (outside) => `Der Referenzkurs vom ${outside} würde passen.`,
  eventApart: (eventFrom, eventTo, from, to) =>
    `Ereignis und Veröffentlichung liegen mehr als 31 Tage auseinander: es zählen nur die Kurse vom ${eventFrom} bis zum ${eventTo} und vom ${from} bis zum ${to}.`,
  ratesEnd: (pair, end) =>
    `Die angegebenen Kurse für ${pair} enden am ${end}; ein späterer Kurs kann fehlen.`,
  laterEvent: (later) =>
    `Das Ereignisdatum (${later}) liegt nach der Veröffentlichung: einen späteren Kurs kann der Text nicht verwendet haben, daher zählen nur Kurse bis zur Veröffentlichung.`,
};

/** The words of the reconcile explanations in German. @internal */
export const DE_RECONCILE: ReconcileSentences = {
  kinds: {
    investment: ['Investition', 'eine Investition'],
    equityStake: ['Beteiligung', 'eine Beteiligung'],
    loan: ['Kredit', 'ein Kredit'],
    grant: ['Zuschuss', 'ein Zuschuss'],
    capex: ['Investitionsausgabe', 'eine Investitionsausgabe'],
    contract: ['Auftrag', 'ein Auftrag'],
    pledge: ['Zusage', 'eine Zusage'],
    fundingRound: ['Finanzierungsrunde', 'eine Finanzierungsrunde'],
    project: ['Projekt', 'ein Projekt'],
    valuation: ['Bewertung', 'eine Bewertung'],
    capitalUnderManagement: ['verwaltetes Vermögen', 'ein verwaltetes Vermögen'],
    marketCapitalisation: ['Marktkapitalisierung', 'eine Marktkapitalisierung'],
  },
  roles: {
    investor: 'Investor',
    recipient: 'Empfänger',
    lender: 'Kreditgeber',
    borrower: 'Kreditnehmer',
    arranger: 'Arrangeur',
    customer: 'Kunde',
    supplier: 'Lieferant',
    partner: 'Partner',
    subject: 'Gegenstand',
  },
  quoted: (text) => `„${text}“`,
  more: (n) => `${n} weitere`,
  and: 'und',
  to: 'bis',
  noAmount: '(kein Betrag)',
  anyAmount: 'jeder Betrag',
  range: (a, b) => `${a} bis ${b}`,
  below: (b, inclusive) => `${inclusive ? 'bis zu' : 'unter'} ${b}`,
  above: (a, inclusive) => `${inclusive ? 'mindestens' : 'mehr als'} ${a}`,
  allows: (currency, iv) => `in ${currency} gelesen erlaubt es ${iv}`,
  noRateReads: (currency) => `in ${currency} lässt es sich mangels Kurs nicht lesen`,
  explicitId: (who, id, allows, overlap) =>
    `${who} trägt die Kennung ${id}; ${allows}, alle Erwähnungen zusammen ${overlap}.`,
  convertedFrom: (who, of, allows) =>
    `${who} ist die Umrechnung von ${of} in derselben Quelle: ${allows}, was die umgerechnete Zahl (auf τ genau) trifft.`,
  sameParty: (role, name) => `derselbe ${role} ${name}`,
  compatibleParties: 'verträgliche Parteien',
  joined: (who, parties, kind, spanDays, allows, overlap) =>
    `${who} gehört dazu: ${parties} wie bei den anderen, dieselbe Art (${kind}), ${spanDays} ${spanDays === 1 ? 'Tag' : 'Tage'} von der ersten bis zur letzten Erwähnung, und ${allows}, womit für alle ${overlap} bleibt.`,
  alsoFits: (base, groups) =>
    `${base} Sein Betrag passte auch zu ${groups}, aber nur diese Gruppe erreicht den geschriebenen Wert.`,
  sides: { above: 'über', below: 'unter' },
  notConversion: (who, pins, currency, mine, gap, side, others) =>
    `${who} ist keine Umrechnung von ${pins} in derselben Quelle: in ${currency} gelesen erlaubt es ${mine}, ${gap} bp ${side} ${others}.`,
  contradicts: (who, group, currency, mine, gap, side, others, pins, pinCount) =>
    `${who} widerspricht den anderen Erwähnungen von ${group}: in ${currency} gelesen erlaubt es ${mine}, ${gap} bp ${side} den ${others}, die ${pins} ${pinCount === 1 ? 'erlaubt' : 'erlauben'}.`,
  roundingMayExplain: 'Liest man seine Nullen als Rundung (nur die führenden Stellen gelten), passt es.',
  scaleMayExplain: (factor) =>
    `Mit ${factor} multipliziert passte es: ein verrutschtes Komma oder Größenwort?`,
  ambiguous: (label, n, ids) => `${label} passt zu ${n} Gruppen (${ids}) und wurde keiner zugeordnet.`,
  single: (label, kind, parties, allows) =>
    `Eine Erwähnung, ${label}, ist ${kind} für sich (${parties}): sie erlaubt ${allows}.`,
  pins: (low, _lowCount, high) => `; die untere Grenze setzt ${low}, die obere ${high}`,
  many: (n, sources, kind, parties, days, currency, allows, pins) =>
    `${n} Erwähnungen aus ${sources} ${sources === 1 ? 'Quelle' : 'Quellen'} sind ${kind} (${parties}), ${days}: in ${currency} gelesen erlauben sie zusammen ${allows}${pins}.`,
  unchecked: (currency, labels) =>
    `Nicht geprüft, weil ein Kurs nach ${currency} fehlt: ${labels}; der Betrag ist, was die anderen erlauben.`,
  ceiling: (ceilings, sources) =>
    `${ceilings} von ${sources} Quellen schreiben „bis zu“: gezählt wird es als Obergrenze, nicht als fester Betrag.`,
  converted: (currency, iv, source, day) => `In ${currency}: ${iv} zum Kurs (${source}) vom ${day}.`,
  tie: 'Andere Erwähnungen erlauben einen anderen Betrag, und keine Seite hat eine klare Mehrheit: welche widersprechen, ist offen; gezählt wird die Spanne beider Beträge.',
  kindSplit: (others) =>
    `Nur in der Art unterscheidet sich ${others}: dieselben Parteien, Tage und Beträge. Getrennt gehalten; Summen zählen eine voll und die andere von 0 bis zu ihrem Betrag. Sind die Arten eine Zusage, fasst kindGroups sie zusammen.`,
};

/** The words of the HTML report in German. @internal */
export const DE_REPORT: ReportWords = {
  title: 'Bericht über Zusagen',
  source: 'Quelle',
  by: 'Summen nach',
  party: 'Partei',
  to: 'Umgerechnet in',
  notConverted: 'nicht umgerechnet (keine Zielwährung)',
  asOf: 'Kurse vom',
  asOfEach: 'jeweils dem Datum der Zusage',
  asOfEachOrArticle: 'jeweils dem Datum der Zusage; ohne eigenes Datum dem Datum des Artikels, der sie nennt',
  allocation: 'Gemeinsame Zusagen',
  allocations: {
    unallocated:
      'nicht aufgeteilt (jede Partei kann bis zu allem halten, abzüglich dessen, was ihre Teile den anderen geben; in der Gesamtsumme einmal gezählt)',
    equal: 'gleich auf die Parteien der Rolle aufgeteilt',
    full: 'bei jeder Partei der Rolle voll gezeigt',
  },
  view: 'Grenzen',
  views: {
    nominal: 'nominal (wie formuliert)',
    rounding: 'Rundungsintervalle (wie geschrieben, gerundet)',
  },
  plot: 'Summen je Partei',
  plotIntro:
    'Jeder Balken reicht von der kleinsten bis zur größten Summe, die die Berichte zulassen, auf einer gemeinsamen Achse je Währung.',
  legend: 'So liest man die Grafik',
  legendBar: 'ein Bereich: von unten bis oben',
  legendDot: 'ein genauer Betrag',
  legendArrow: 'kein oberes (oder unteres) Ende: „mehr als“',
  legendConverted: 'umrandet: die in eine Währung umgerechnete Summe',
  legendIncomplete: 'schraffiert: unvollständig, ein Kurs fehlt',
  nameCol: 'Partei',
  convertedCol: (c) => `Alles in ${c} umgerechnet`,
  inCurrency: (c) => `In ${c}`,
  grand: 'Gesamtsumme (jede Zusage einmal)',
  nothing: 'nichts addiert',
  none: '—',
  details: (n, m) => `${n} ${n === 1 ? 'Zusage' : 'Zusagen'} addiert, ${m} nicht addiert oder ohne Betrag`,
  added: 'Addiert',
  notAdded: 'Nicht addiert',
  reasons: {
    notAdditive: (kind) => `ein Bestand oder Wert (${kind}), nie summiert`,
    partOf: (whole) => `Teil von ${whole}, das schon gezählt ist`,
    withdrawn: () => 'zurückgezogen',
  },
  withoutAmount: 'kein Betrag genannt (gezählt, addiert nichts)',
  issues: 'Probleme',
  quote: 'Zitat',
  document: 'Quelle',
  published: 'erschienen',
  attributed: (who) => `laut ${who}`,
  table: 'Die Zahlen',
  tableCaption: 'Jede Summe der Grafik, genau (unteres und oberes Ende; —: auf dieser Seite kein Ende)',
  role: 'Rolle',
  currency: 'Währung',
  low: 'Unten',
  high: 'Oben',
  shown: 'Gezeigt als',
  complete: 'Vollständig',
  yes: 'ja',
  no: 'nein',
  rates: 'Verwendete Kurse',
  ratesIntro: 'Jeder Kurs mit dem Tag seiner Feststellung und seiner Quelle.',
  noRates: 'Es wurde kein Kurs verwendet.',
  rate: 'Kurs',
  fixOf: 'Festgestellt am',
  asked: 'Gefragt für',
  rateSource: 'Quelle',
  usedFor: 'Verwendet für',
  usedTotals: 'die Umrechnung der Summen',
  usedCheck: (id) => `die Prüfung von ${id}`,
  checks: 'Geprüfte Umrechnungen',
  checksIntro: 'Jede Umrechnung der Berichte („11 Mrd. £ (12,68 Mrd. €)“), gegen die Kurse geprüft.',
  noChecks: 'Der Datensatz berichtet keine Umrechnungen.',
  statuses: {
    consistent: '✓ stimmig',
    withinTolerance: '~ innerhalb der Toleranz',
    inconsistent: '✗ nicht stimmig',
    indeterminate: '? nicht entscheidbar',
  },
  footer: 'Erstellt mit reckon. Beträge sind genau; die Grafik rundet nur beim Zeichnen.',
  unbounded: 'unbeschränkt',
  upTo: 'bis zu',
  under: 'unter',
  incomplete: (c, bound) => `${c} unvollständig (${bound}ein Kurs fehlt)`,
  kinds: {
    investment: 'Investition',
    equityStake: 'Beteiligung',
    loan: 'Kredit',
    grant: 'Zuschuss',
    capex: 'Investitionsausgabe',
    contract: 'Auftrag',
    pledge: 'Zusage',
    fundingRound: 'Finanzierungsrunde',
    project: 'Projekt',
    valuation: 'Bewertung',
    capitalUnderManagement: 'verwaltetes Vermögen',
    marketCapitalisation: 'Marktkapitalisierung',
  },
  commitmentStatuses: {
    announced: 'angekündigt',
    confirmed: 'bestätigt',
    planned: 'geplant',
    underConsideration: 'in Prüfung',
    completed: 'abgeschlossen',
    withdrawn: 'zurückgezogen',
  },
  quoted: (text) => `„${text}“`,
  contradictions: (n) => `Widersprüche: ${n} ${n === 1 ? 'Bericht' : 'Berichte'} nicht gezählt`,
  contradictionsIntro: (command) =>
    `Diese Berichte nennen einen Betrag, den die anderen Quellen derselben Zusage nicht zulassen; sie fehlen in den Summen. ${command} zeigt jeden mit den Quellen, denen er widerspricht.`,
  mentionsNotReported: (n, contradictions, command) =>
    `Die Summen zählen die Zusagen des Datensatzes; ${n === 1 ? 'seine eine Erwähnung fehlt' : `seine ${n} Erwähnungen fehlen`} hier${contradictions === undefined ? '' : ` (${contradictions} ${contradictions === 1 ? 'Widerspruch' : 'Widersprüche'} darunter)`}: ${command} vergleicht sie.`,
};
