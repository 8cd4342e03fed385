export type { RenderReportHtmlOptions } from './render';
export { renderReportHtml } from './render';
export type { ReportLocale } from './text';
