export type { ExtractedConversion, ExtractedFigure, ExtractOptions } from './extract';
export { extractConversions, extractFigures, extractFiguresIter } from './extract';
