export type { ExtractedConversion, ExtractedFigure, ExtractOptions } from './extract';
export { extractConversions, extractFigures } from './extract';
