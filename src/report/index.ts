export type { RenderReportHtmlOptions } from './render';
export { renderReportHtml } from './render';
