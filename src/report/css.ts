/**
 * The page's only stylesheet: system fonts, no colour needed to read it (shapes and labels carry the
 * meaning), one column per row on a phone (review4 K12: the plot was cut off at 420 px), long
 * addresses broken anywhere, and an A4 print layout.
 * @internal
 */
export function stylesheet(columns: number): string {
  return `:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#111;background:#fff;line-height:1.4}
body{margin:0 auto;max-width:75rem;padding:1rem 1.5rem}
h1{font-size:1.6rem;margin:.2rem 0 .6rem}h2{font-size:1.25rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #999}h3{font-size:1.05rem}h4{font-size:.95rem;margin:.6rem 0 .2rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
.legend-list{display:flex;flex-wrap:wrap;gap:.4rem 1.4rem;padding:0;list-style:none}.legend-list li{display:flex;align-items:center;gap:.4rem}
svg.legend{width:52px;height:24px}svg.defs{position:absolute;width:0;height:0;overflow:hidden}
.rows{list-style:none;margin:0;padding:0}
.row{display:grid;grid-template-columns:minmax(7rem,12rem) repeat(${columns},minmax(9rem,1fr));gap:.2rem 1rem;align-items:center;padding:.25rem 0;border-bottom:1px solid #ddd;break-inside:avoid}
.row.head{position:sticky;top:0;background:#fff;z-index:1;border-bottom:2px solid #333;align-items:end}
.row>details{grid-column:1/-1}
.name{font-weight:600;overflow-wrap:anywhere}.role{font-weight:400;color:#444}
.cell{display:flex;flex-direction:column}.cell .v{font-size:.85rem;font-variant-numeric:tabular-nums;white-space:nowrap}
.colhead{font-size:.85rem;font-weight:600}
svg.bar,svg.axis{width:100%;height:auto;display:block;overflow:visible}
svg text{font:11px system-ui,sans-serif;fill:#111}
.grid{stroke:#ccc;stroke-width:1}.tick,.base{stroke:#333;stroke-width:1}
.original .range{fill:#1f3b73;stroke:#1f3b73}.original .dot{fill:#1f3b73}
.converted .range{fill:#fff;stroke:#111;stroke-width:2}.converted .dot{fill:#fff;stroke:#111;stroke-width:2}
.arrow{fill:none;stroke:#111;stroke-width:2}
.unknown{fill:url(#rk-hatch);stroke:#111;stroke-width:1;stroke-dasharray:3 2}.edge{stroke:#111;stroke-width:2}.q{font-weight:700}
details{margin:.2rem 0 .4rem}summary{cursor:pointer;font-size:.9rem}summary:focus-visible{outline:2px solid #000;outline-offset:2px}
details ul{margin:.2rem 0;padding-left:1.2rem}.meta,.why{color:#333;font-size:.9rem}
blockquote{margin:.2rem 0 .4rem .4rem;padding-left:.6rem;border-left:3px solid #777}blockquote p{margin:0;font-style:italic}blockquote footer{font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}td.num{font-variant-numeric:tabular-nums;text-align:right;white-space:nowrap}
caption{text-align:left;font-weight:600;padding:.3rem 0}
.verdicts{padding-left:1.2rem}.status{font-weight:700}
footer.page{margin-top:2rem;font-size:.85rem;color:#333}
cite,blockquote,td,dd,.docs li{overflow-wrap:anywhere}
@media (max-width:40rem){body{padding:.5rem .75rem}.row,.row.head{grid-template-columns:minmax(0,1fr)}}
@page{size:A4;margin:12mm}
@media print{body{max-width:none;padding:0;font-size:10pt}.row.head{position:static}.row{grid-template-columns:minmax(6rem,10rem) repeat(${columns},minmax(0,1fr))}details::details-content{content-visibility:visible;display:block}h2{break-after:avoid}tr{break-inside:avoid}}
`;
}
