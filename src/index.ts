/**
 * Library entry point: `import { extract } from 'zh-indicators'`.
 * The core never touches the console or the process.
 */
import type { ExtractOptions, IndicatorRecord, SourceText } from './record/types.js';
import { extractWith } from './pipeline.js';
import { loadRuleSet } from './rules/load.js';

export type * from './record/types.js';
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
 * Extract from a document's raw bytes (any encoding, HTML, PDF, .docx and
 * .doc included), the way the CLI reads a file: decoded, HTML turned into
 * text, documents read (records from a PDF carry `page`), then extracted.
 * Rejects with a DocumentError for an encrypted, scanned or corrupt document.
 */
export async function extractBytes(
  bytes: Uint8Array,
  options: ExtractOptions & { path?: string; encoding?: string } = {},
): Promise<IndicatorRecord[]> {
  const { readDocument } = await import('./decode/source.js');
  const loaded = await readDocument(bytes, { path: options.path ?? options.file, encoding: options.encoding });
  if (loaded.binary) return [];
  return extractWith(await loadRuleSet(), loaded, options);
}

export { readSource, readDocument, loadFile } from './decode/source.js';
export { DocumentError } from './decode/errors.js';
export { pageAt } from './decode/pages.js';
