/**
 * The expectations file of `extract check` (YAML), read into typed figures or
 * into configuration errors that point at a line and column of the file.
 *
 * ```yaml
 * documents:
 *   - file: ../seeds/000_7c649211ab158f35.txt   # relative to this YAML file's folder
 *     exhaustive: true
 *     meta: { docTitle: "…", docNumber: "…", docIssuer: "…", docDate: "2020-09-03" }
 *     figures:
 *       - { indicator: tech_contract.value, value: 1273.36亿元, year: 2019 }
 *       - { indicator: alliance.members, value: 2700, qualifier: over }
 * ```
 */
import { isAbsolute, join, dirname } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { DocMeta } from '../record/types.js';
import { readFigure } from './expectations-figure.js';
import { unknownKeyMessage } from './expectations-messages.js';
import {
  DOC_KEYS,
  META_KEYS,
  TOP_KEYS,
  type ConfigError,
  type ExpectedDocument,
  type ExpectedFigure,
  type MetaKey,
  type ParseExpectationsOptions,
  type ParseExpectationsResult,
} from './expectations-schema.js';
import { findPair, keyName, keyStart } from './expectations-yaml-keys.js';

export {
  CHECKED_FIELDS,
  META_KEYS,
  formatConfigError,
  type CheckedField,
  type ConfigError,
  type ExpectedDocument,
  type ExpectedFigure,
  type Expectations,
  type MetaKey,
  type ParseExpectationsOptions,
  type ParseExpectationsResult,
} from './expectations-schema.js';
export { readFigureValue } from './expectations-value.js';
export { closest, editDistance } from './expectations-messages.js';

/**
 * Read an expectations file. Documents' `file:` paths are resolved against
 * the folder of `sourcePath` (pass an absolute path; relative ones stay
 * relative). Every problem found is reported, each with line and column.
 */
export function parseExpectations(
  yamlText: string,
  sourcePath: string,
  knownIndicators: Set<string>,
  options: ParseExpectationsOptions = {},
): ParseExpectationsResult {
  const display = options.displayPath ?? sourcePath;
  const lc = new LineCounter();
  const text = yamlText.startsWith('\uFEFF') ? yamlText.slice(1) : yamlText;
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, keepSourceTokens: false });
  const errors: ConfigError[] = [];

  const at = (offset: number | undefined, message: string): void => {
    const p = lc.linePos(offset ?? 0);
    errors.push({ file: display, line: p.line, column: p.col, message });
  };
  const nodeAt = (node: Node | null | undefined, fallback: number, message: string): void => {
    at(node?.range?.[0] ?? fallback, message);
  };
  const cx = { at, nodeAt, lc, knownIndicators };

  if (doc.errors.length > 0) {
    for (const e of doc.errors) at(e.pos[0], `malformed YAML: ${e.message.split('\n')[0]}`);
    return { ok: false, errors };
  }

  const root = doc.contents;
  if (!isMap(root)) {
    nodeAt(root as Node | null, 0, 'expected a mapping with a "documents:" list at the top level');
    return { ok: false, errors };
  }
  const rootStart = root.range?.[0] ?? 0;
  for (const pair of root.items) {
    const k = keyName(pair);
    if (!TOP_KEYS.includes(k)) nodeAt(pair.key as Node, rootStart, unknownKeyMessage(k, TOP_KEYS, 'the top level'));
  }
  const docsPair = findPair(root, 'documents');
  if (!docsPair) {
    at(rootStart, 'missing "documents:" (a list of { file, figures } entries)');
    return { ok: false, errors };
  }
  const docsNode = docsPair.value as Node | null;
  if (!isSeq(docsNode)) {
    nodeAt(docsNode, keyStart(docsPair, rootStart), '"documents" must be a list of { file, figures } entries');
    return { ok: false, errors };
  }

  const baseDir = dirname(sourcePath);
  const documents: ExpectedDocument[] = [];

  docsNode.items.forEach((item, docIndex) => {
    const itemNode = item as Node | null;
    const docStart = itemNode?.range?.[0] ?? docsNode.range?.[0] ?? 0;
    if (!isMap(itemNode)) {
      at(docStart, `documents[${docIndex}] must be a mapping with "file" and "figures"`);
      return;
    }
    const errorsBefore = errors.length;
    for (const pair of itemNode.items) {
      const k = keyName(pair);
      if (!DOC_KEYS.includes(k)) nodeAt(pair.key as Node, docStart, unknownKeyMessage(k, DOC_KEYS, 'a document entry'));
    }

    // file
    let file = '';
    const filePair = findPair(itemNode, 'file');
    if (!filePair) at(docStart, `documents[${docIndex}] is missing "file"`);
    else {
      const v = filePair.value as Node | null;
      if (!isScalar(v) || typeof v.value !== 'string' || v.value.trim() === '') {
        nodeAt(v, keyStart(filePair, docStart), '"file" must be a path (relative to this YAML file\'s folder)');
      } else file = v.value.trim();
    }

    // exhaustive
    let exhaustive = false;
    const exPair = findPair(itemNode, 'exhaustive');
    if (exPair) {
      const v = exPair.value as Node | null;
      if (!isScalar(v) || typeof v.value !== 'boolean') nodeAt(v, keyStart(exPair, docStart), '"exhaustive" must be true or false');
      else exhaustive = v.value;
    }

    // meta
    let meta: Partial<DocMeta> | undefined;
    const metaPair = findPair(itemNode, 'meta');
    if (metaPair) {
      const v = metaPair.value as Node | null;
      if (!isMap(v)) nodeAt(v, keyStart(metaPair, docStart), `"meta" must be a mapping of ${META_KEYS.join(', ')}`);
      else {
        meta = {};
        for (const pair of v.items) {
          const k = keyName(pair);
          const valNode = pair.value as Node | null;
          if (!(META_KEYS as readonly string[]).includes(k)) {
            nodeAt(pair.key as Node, docStart, unknownKeyMessage(k, META_KEYS, '"meta"'));
            continue;
          }
          const raw = isScalar(valNode) ? valNode.value : undefined;
          if (raw === null) meta[k as MetaKey] = null;
          else if (typeof raw === 'string') {
            if (k === 'docDate' && !/^\d{4}-\d{2}-\d{2}$/.test(raw)) {
              nodeAt(valNode, keyStart(pair, docStart), `"docDate" must be an ISO date YYYY-MM-DD, not "${raw}"`);
            } else meta[k as MetaKey] = raw;
          } else {
            nodeAt(valNode, keyStart(pair, docStart), `"${k}" must be a string or null`);
          }
        }
      }
    }

    // source: where a real document came from ({ url, query, … }); not checked against records
    const srcPair = findPair(itemNode, 'source');
    if (srcPair && !isMap(srcPair.value as Node | null)) {
      nodeAt(srcPair.value as Node | null, keyStart(srcPair, docStart), '"source" must be a mapping like { url: https://…, query: … }');
    }

    // figures
    const figures: ExpectedFigure[] = [];
    const figPair = findPair(itemNode, 'figures');
    if (!figPair) at(docStart, `documents[${docIndex}]${file ? ` (${file})` : ''} is missing "figures"`);
    else {
      const v = figPair.value as Node | null;
      if (!isSeq(v)) nodeAt(v, keyStart(figPair, docStart), '"figures" must be a list of { indicator, value } entries');
      else {
        v.items.forEach((fItem, figIndex) => {
          const f = readFigure(cx, fItem as Node | null, figIndex, v.range?.[0] ?? docStart);
          if (f) figures.push(f);
        });
      }
    }

    if (errors.length > errorsBefore) return;
    const p = lc.linePos(docStart);
    const entry: ExpectedDocument = {
      file,
      path: isAbsolute(file) ? file : join(baseDir, file),
      exhaustive,
      figures,
      source: display,
      line: p.line,
      column: p.col,
      index: docIndex,
    };
    if (meta !== undefined) entry.meta = meta;
    documents.push(entry);
  });

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, errors: [], expectations: { source: display, path: sourcePath, documents } };
}
