/**
 * The playground page: reckon's source bundled for the browser by scripts/build-playground.ts into one
 * self-contained HTML file. Everything happens in the page; a rate file is read with the File API.
 */
import dataset from '../../src/datasets/nscale-2025-09/nscale-2025-09.json';
import {
  aggregate,
  type Commitment,
  type ConversionVerdict,
  checkConversion,
  type ExtractedFigure,
  explainVerdict,
  extractConversions,
  extractFigures,
  type FigureLanguage,
  figureBounds,
  formatFigure,
  formatMoney,
  isIsoDate,
  isReckonError,
  type Money,
  type RateProvider,
  ratesFromEcbCsv,
  ratesFromEcbXml,
  ratesFromList,
} from '../../src/index';

interface Rates {
  readonly provider: RateProvider;
  readonly label: string;
}

const EMBEDDED: Rates = {
  provider: ratesFromList(dataset.rates),
  label: 'The ECB reference rates of 15–19 Sep 2025 embedded in reckon (USD and GBP per EUR).',
};

let rates = EMBEDDED;

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`the page has no #${id}`);
  return el as T;
}

const textInput = byId<HTMLTextAreaElement>('text');
const languageSelect = byId<HTMLSelectElement>('language');
const displaySelect = byId<HTMLSelectElement>('display');
const publishedInput = byId<HTMLInputElement>('published');
const ratesFile = byId<HTMLInputElement>('rates-file');
const ratesStatus = byId<HTMLElement>('rates-status');

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const display = (): FigureLanguage => (displaySelect.value === 'de' ? 'de' : 'en');
const moneyLocale = () => (display() === 'de' ? 'de-DE' : 'en-GB');
/** Exact, every digit: a bound rounded for display would be a wrong number. */
const amount = (m: Money) => formatMoney(m, { locale: moneyLocale() });

function interval(low: Money | null, high: Money | null, lowInclusive: boolean, highInclusive: boolean) {
  const l = low === null ? '−∞' : amount(low);
  const h = high === null ? '∞' : amount(high);
  return `${low !== null && lowInclusive ? '[' : '('}${l}, ${h}${high !== null && highInclusive ? ']' : ')'}`;
}

function boundsText(f: ExtractedFigure): string {
  const b = figureBounds(f);
  return interval(b.low, b.high, b.lowInclusive, b.highInclusive) + (b.approximate ? ' approx.' : '');
}

function renderFigures(text: string, figures: readonly ExtractedFigure[]): void {
  const marked = byId('marked');
  const list = byId('figures');
  marked.replaceChildren();
  list.replaceChildren();
  let at = 0;
  figures.forEach((f, i) => {
    const n = String(i + 1);
    const bounds = boundsText(f);
    const converted = f.convertedFrom !== undefined;
    if (f.start >= at) {
      marked.append(text.slice(at, f.start));
      marked.append(
        el(
          'mark',
          { 'data-figure': n, 'data-qualifier': f.qualifier, class: converted ? 'converted' : '' },
          text.slice(f.start, f.end),
        ),
        el('span', { class: 'bounds' }, `[${n}] ${bounds}`),
      );
      at = f.end;
    }
    list.append(
      el(
        'li',
        { 'data-figure': n, 'data-qualifier': f.qualifier, 'data-bounds': bounds },
        el('q', {}, text.slice(f.start, f.end)),
        ` — ${formatFigure(f, { language: display() })}, qualifier `,
        el('code', {}, f.qualifier),
        `, bounds ${bounds}`,
        converted ? ` (a conversion of figure ${(f.convertedFrom ?? 0) + 1})` : '',
        f.assumedCurrency ? ' (a bare "$", read as US dollars)' : '',
      ),
    );
  });
  marked.append(text.slice(at));
}

const STATUS_WORDS: Readonly<Record<FigureLanguage, Readonly<Record<ConversionVerdict['status'], string>>>> =
  {
    en: {
      consistent: 'consistent',
      withinTolerance: 'within tolerance',
      inconsistent: 'inconsistent',
      indeterminate: 'cannot tell',
    },
    de: {
      consistent: 'stimmig',
      withinTolerance: 'innerhalb der Toleranz',
      inconsistent: 'unstimmig',
      indeterminate: 'nicht entscheidbar',
    },
  };

function renderConversions(text: string, published: string | undefined): number {
  const list = byId('conversions');
  list.replaceChildren();
  const language =
    languageSelect.value === 'en' || languageSelect.value === 'de' ? languageSelect.value : 'auto';
  const pairs = extractConversions(text, { language });
  for (const pair of pairs) {
    const what = `${formatFigure(pair.from, { language: display() })} → ${formatFigure(pair.to, { language: display() })}`;
    try {
      const verdict = checkConversion(
        published === undefined ? pair : { ...pair, publishedDate: published },
        rates.provider,
      );
      list.append(
        el(
          'li',
          { 'data-verdict': verdict.status },
          el('span', { class: 'verdict' }, STATUS_WORDS[display()][verdict.status]),
          `: ${what}. `,
          el('span', { class: 'explanation' }, explainVerdict(verdict, { language: display() })),
        ),
      );
    } catch (error) {
      if (!isReckonError(error)) throw error;
      list.append(
        el(
          'li',
          { 'data-verdict': 'error' },
          el('span', { class: 'verdict' }, 'not checked'),
          `: ${what}. ${error.message.replace(/^\[reckon\] /, '')}`,
        ),
      );
    }
  }
  if (pairs.length === 0) list.append(el('li', {}, 'No conversion pair in the text.'));
  return pairs.length;
}

function renderTotals(figures: readonly ExtractedFigure[]): void {
  // A converted figure restates the one before it: adding it would count the same money twice.
  const commitments: Commitment[] = figures.flatMap((f, i) =>
    f.convertedFrom === undefined
      ? [{ id: `figure-${i + 1}`, kind: 'investment', status: 'announced', parties: [], amount: f }]
      : [],
  );
  const { grandTotal } = aggregate(commitments);
  const counts = new Map<string, number>();
  for (const c of commitments) {
    const code = c.amount?.amount.toJSON().currency.code ?? '';
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const body = byId('totals').querySelector('tbody') as HTMLTableSectionElement;
  body.replaceChildren();
  for (const t of Object.values(grandTotal.totals)) {
    body.append(
      el(
        'tr',
        { 'data-currency': t.currency },
        el('th', { scope: 'row' }, t.currency),
        el('td', { class: 'num' }, String(counts.get(t.currency) ?? 0)),
        el('td', { class: 'num', 'data-low': '' }, t.low === null ? '−∞' : amount(t.low)),
        el('td', { class: 'num', 'data-high': '' }, t.high === null ? '∞ (no upper bound)' : amount(t.high)),
      ),
    );
  }
  if (body.childElementCount === 0) {
    body.append(el('tr', {}, el('td', { colspan: '4' }, 'No figures to add.')));
  }
}

function render(): void {
  const text = textInput.value;
  const language =
    languageSelect.value === 'en' || languageSelect.value === 'de' ? languageSelect.value : 'auto';
  const published = isIsoDate(publishedInput.value) ? publishedInput.value : undefined;
  ratesStatus.textContent = rates.label;
  const figures = extractFigures(text, { language });
  renderFigures(text, figures);
  const pairs = renderConversions(text, published);
  renderTotals(figures);
  byId('summary').textContent =
    `${figures.length} figure${figures.length === 1 ? '' : 's'}, ` +
    `${pairs} conversion${pairs === 1 ? '' : 's'} checked.`;
}

async function ratesFromEcb(file: File): Promise<void> {
  const text = await file.text();
  try {
    const loaded = text.trimStart().startsWith('<') ? ratesFromEcbXml(text) : ratesFromEcbCsv(text);
    const span = loaded.span === undefined ? 'no fix' : `${loaded.span.from} to ${loaded.span.to}`;
    const issues = loaded.issues.length === 0 ? '' : ` ${loaded.issues.length} line(s) could not be read.`;
    rates = {
      provider: loaded,
      label: `${file.name}: ${loaded.currencies.length} currencies, ${span}.${issues}`,
    };
    render();
  } catch (error) {
    if (!isReckonError(error)) throw error;
    rates = EMBEDDED;
    render();
    ratesStatus.textContent = `${file.name} is not an ECB rate file (${error.code}); using the embedded rates.`;
  }
}

for (const input of [textInput, languageSelect, displaySelect, publishedInput]) {
  input.addEventListener('input', render);
}
ratesFile.addEventListener('change', () => {
  const file = ratesFile.files?.[0];
  if (file !== undefined) void ratesFromEcb(file);
});
byId('rates-embedded').addEventListener('click', () => {
  rates = EMBEDDED;
  ratesFile.value = '';
  render();
});
byId('input').addEventListener('submit', (event) => event.preventDefault());
render();
