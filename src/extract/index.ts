export { extractConversions, extractFigures, extractFiguresIter } from './extract';
export type { ExtractedConversion, ExtractedFigure, ExtractOptions } from './types';
