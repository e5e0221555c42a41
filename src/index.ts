/**
 * Library entry point: `import { extract } from 'zh-indicators'`.
 * The core never touches the console or the process.
 */
import type { ExtractOptions, IndicatorRecord, SourceText } from './types.js';
import { extractWith } from './pipeline.js';
import { loadRuleSet } from './rules/load.js';

export type * from './types.js';
export { extractWith, indicatorFilter } from './pipeline.js';
export { loadRuleSet, RulePackError, type RuleSet } from './rules/load.js';
export { scanQuantities, parseQuantity, parseNumeral } from './numbers/index.js';
export { readMetadata } from './document/metadata.js';
export { summarize } from './summary/index.js';
export type * from './summary/types.js';
export { renderReport, type ReportOptions } from './report/index.js';

/** Extract the indicator records of one document's text with the built-in rules. */
export async function extract(source: string | SourceText, options: ExtractOptions = {}): Promise<IndicatorRecord[]> {
  return extractWith(await loadRuleSet(), source, options);
}

/**
 * Extract from a document's raw bytes (any encoding, HTML included), the way
 * the CLI reads a file: decoded, HTML turned into text, then extracted.
 */
export async function extractBytes(
  bytes: Uint8Array,
  options: ExtractOptions & { path?: string; encoding?: string } = {},
): Promise<IndicatorRecord[]> {
  const { readSource } = await import('./decode/source.js');
  const loaded = readSource(bytes, { path: options.path ?? options.file, encoding: options.encoding });
  if (loaded.binary) return [];
  return extractWith(await loadRuleSet(), loaded, options);
}

export { readSource, loadFile } from './decode/source.js';
