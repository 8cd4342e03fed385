/** The help text of the CLI and of each command. @internal */
export const HELP: Readonly<Record<string, string>> = {
  main: `reckon — financial figures as reported in the news: exact, checked, added up honestly

Usage: reckon <command> [options]

Commands:
  report [dataset.json]     totals per party (default: the embedded Nscale dataset); --html for a page
  check [dataset.json]      check every reported conversion against reference rates
  extract [FILE|-]          find money figures and conversion pairs in a text
  reconcile [dataset]       many reports of one commitment: groups, common amounts, contradictions
  validate FILE             validate a dataset file, listing every issue with its JSON path

A dataset is a file or the name of an embedded one: nscale-2025-09, uk-tech-2025-09.

Options:
  -h, --help                help for reckon or a command (reckon report --help, reckon help report)
  -v, --version             the version

Exit codes: 0 done; 1 done, and found a problem (an inconsistent conversion, an invalid dataset, a
contradiction with reconcile --strict); 2 could not run (bad usage, unreadable or malformed input).

Examples:
  reckon report
  reckon report --by investor --to EUR
  reckon check
  reckon extract article.txt --json
  reckon reconcile --to EUR`,
  report: `Usage: reckon report [dataset.json] [options]

Totals per party, in original currencies and, with --to, converted — as intervals: "up to £11bn"
counts from 0, a joint commitment counts once in the grand total, valuations are listed beside the
sums, never in them. Without a file, reports on the embedded Nscale dataset; "reckon report
uk-tech-2025-09" reconciles the uk-tech mentions first and counts each commitment once.

Options:
  --by WHO             party (default), or a role: investor, recipient, lender, borrower, customer,
                       supplier, partner, arranger, subject
  --to CUR             convert into this currency (EUR, USD, GBP, …) with the dataset's reference rates
  --rates FILE         ECB rates instead (eurofxref-hist.csv, eurofxref.csv or any ECB XML file)
  --as-of DAY          one day for every conversion (default: each commitment's own date, else the
                       article's; the latest fix on or before it is used, and named)
  --kind K[,K]         only these kinds, as the dataset writes them: investment, equityStake, loan,
                       grant, capex, contract, pledge, fundingRound, project, valuation,
                       capitalUnderManagement, marketCapitalisation (the text writes them in words)
  --status S[,S]       only these statuses: announced, confirmed, planned, underConsideration,
                       completed, withdrawn
  --allocation A       unallocated (default), equal or full: how a joint commitment is shared
  --view V             nominal (default) or rounding bounds
  --json               the documented JSON shape (docs/cli.md), exact decimal strings
  --html [FILE]        one self-contained HTML page (range plots, quotes, rates, verdicts; no script,
                       no network) to FILE, or to standard output without one or with "-" (docs/report.md)
  --lang L             en (default) or de: the language and number format of the --html page
  --no-color           no colours (also: NO_COLOR=1)

Examples:
  reckon report --by investor --to EUR --as-of 2025-09-17
  reckon report --to EUR --html report.html
  reckon report my-dataset.json --by recipient --html - --lang de > bericht.html
  reckon report --by recipient --allocation equal
  reckon report --kind equityStake,loan --status confirmed,underConsideration
  reckon report my-dataset.json --to USD --rates eurofxref-hist.csv --json`,
  check: `Usage: reckon check [dataset.json] [options]

Checks every reported conversion ("£11bn (€12.68bn)") against reference rates and explains each
verdict. Exits 1 when any conversion is inconsistent or cannot be checked. Without a dataset, checks
the embedded Nscale dataset; a dataset is a file or the name of an embedded one (nscale-2025-09,
uk-tech-2025-09). A conversion is checked at its own dates, else at the date of the mentions of its
figures and the publication date of its document (the dates reckon report and reckon reconcile use);
the fixes from the day before count.

Options:
  --rates FILE         ECB rates (CSV or XML) instead of the dataset's own reference rates
  --tolerance BP       tolerance in basis points (default per pair: EUR/GBP 44, GBP/USD 67, EUR/USD 70)
  --date DAY           the day (YYYY-MM-DD) of a conversion the dataset gives no date for
  --window FROM..TO    check every conversion against the fixes of these days only, whatever its
                       dates (2025-09-17..2025-09-19, both included)
  --strict             also fail on "within tolerance" and "indeterminate"
  --json               verdicts as JSON
  --no-color           no colours (also: NO_COLOR=1)

Examples:
  reckon check
  reckon check uk-tech-2025-09
  reckon check my-dataset.json --rates eurofxref-hist.csv
  reckon check my-dataset.json --date 2025-09-18
  reckon check my-dataset.json --window 2025-09-17..2025-09-19 --json`,
  extract: `Usage: reckon extract [FILE|-] [options]

Finds money figures in English or German text, with line:column positions, their qualifiers
("up to", "rund", "fast") and conversion pairs. Reads standard input with "-". Figures are written
as they are found, so a long text streams.

Options:
  --lang L             en, de or auto (default: auto, decided per sentence)
  --dollar D           what a bare "$" is: an ISO code (NZD for a New Zealand source) or
                       "ambiguous" (leave such figures out); default USD, marked as assumed
  --json               figures as JSON (figureToJSON with start, end, line, column)
  --no-color           no colours (also: NO_COLOR=1)

Examples:
  reckon extract article.txt
  reckon extract nzherald.txt --dollar NZD
  echo "Nvidia investiert bis zu 11 Milliarden Pfund (12,68 Milliarden Euro)." | reckon extract -`,
  reconcile: `Usage: reckon reconcile [dataset] [options]

Groups the mentions of a dataset that report one commitment ("£22bn" in one article, "$30bn" in
another) and gives, per commitment, the amount every agreeing source allows (the intersection), the
sources behind it, the figures that pin each end, and the mentions that contradict it (with both
sources and the gap). A mention that fits two groups is listed as ambiguous. The rules are in
docs/reconcile.md. Without a dataset, reconciles the embedded uk-tech-2025-09 dataset (25 articles,
83 mentions); a dataset is a file or the name of an embedded one (uk-tech-2025-09, nscale-2025-09).

Options:
  --window-days N      the most days between a group's first and last mention (default 14)
  --to CUR             also give each amount in this currency (EUR, USD, GBP, …)
  --rates FILE         ECB rates (CSV or XML) instead of the dataset's own reference rates
  --no-keys            ignore the mentions' commitment keys: what the heuristics alone find
  --strict             exit 1 on a contradiction, a mention not compared (no rate), a KIND_SPLIT
                       or a KEY_SPLIT (two keys that look like one commitment)
  --json               reconcileResultToJSON's shape (docs/reconcile.md), exact decimal strings
  --no-color           no colours (also: NO_COLOR=1)

Examples:
  reckon reconcile
  reckon reconcile --no-keys --to EUR
  reckon reconcile my-dataset.json --window-days 7 --strict --json`,
  validate: `Usage: reckon validate FILE [options]

Validates a dataset file: its shape, every reference (parties, figures, commitments, documents),
partOf without cycles, and every quote against its document's text. Lists each issue with its JSON
path; exits 1 when there is any. FILE may also name an embedded dataset (nscale-2025-09,
uk-tech-2025-09).

Options:
  --json               { valid, issues } as JSON, each issue with its code and JSON path
  --no-color           no colours (also: NO_COLOR=1)

Examples:
  reckon validate my-dataset.json
  reckon validate my-dataset.json --json`,
};
