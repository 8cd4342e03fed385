/** A tiny reader for the report page: the data attributes of docs/report.md, by regex (no browser here). */

export interface Bar {
  readonly currency: string;
  readonly converted: boolean;
  readonly low: string | null;
  readonly high: string | null;
}

const attrs = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/ data-([a-z-]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));

/** The bars in a piece of the page, in order. */
export function bars(html: string): Bar[] {
  return [...html.matchAll(/<g [^>]*data-bar=""[^>]*>/g)].map((m) => {
    const a = attrs(m[0]);
    return {
      currency: a.currency ?? '',
      converted: a.converted === 'true',
      low: a.low ?? null,
      high: a.high ?? null,
    };
  });
}

/** The rows of the plot, in page order: their key (unescaped) and their bars. */
export function rows(html: string): { key: string; bars: Bar[]; html: string }[] {
  const start = html.indexOf('<ol class="rows">');
  if (start < 0) return [];
  const region = html.slice(start, html.indexOf('</ol>', start));
  return region
    .split('<li class="row" data-row="')
    .slice(1)
    .map((part) => ({ key: unescapeHtml(part.slice(0, part.indexOf('"'))), bars: bars(part), html: part }));
}

/** The grand-total row's bars. */
export function grandBars(html: string): Bar[] {
  const start = html.indexOf('data-grand-total=""');
  return start < 0 ? [] : bars(html.slice(start, html.indexOf('</section>', start)));
}

/** Each element with the attribute, as its attributes. */
export function tagsWith(html: string, attribute: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<[a-z]+[^>]* data-${attribute}="[^"]*"[^>]*>`, 'g'))].map((m) =>
    attrs(m[0]),
  );
}

/** HTML text back to characters (the five entities the page writes). */
export function unescapeHtml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

interface IntervalLike {
  readonly currency: string;
  readonly low: string | null;
  readonly high: string | null;
}

/** A JSON decimal as the page writes it: trailing fraction zeros trimmed ("0.00" → "0"). */
const trimmed = (d: string | null) => (d === null || !d.includes('.') ? d : d.replace(/\.?0+$/, ''));

/** The bars a row of the JSON report (or of a result turned into decimals) must have, in page order. */
export function expectedBars(row: {
  totals: Readonly<Record<string, IntervalLike>>;
  converted?: IntervalLike | undefined;
}): Bar[] {
  // The converted total first (the answer), then each currency, alphabetical.
  const out: Bar[] = Object.keys(row.totals)
    .sort()
    .map((c) => {
      const t = row.totals[c] as IntervalLike;
      return { currency: t.currency, converted: false, low: trimmed(t.low), high: trimmed(t.high) };
    });
  // Nothing added: no converted bar (a €0 dot would read as a commitment of €0).
  if (row.converted && Object.keys(row.totals).length > 0)
    out.unshift({
      currency: row.converted.currency,
      converted: true,
      low: trimmed(row.converted.low),
      high: trimmed(row.converted.high),
    });
  return out;
}
