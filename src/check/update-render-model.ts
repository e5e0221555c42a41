/**
 * Apply an update plan through the YAML document model: keeps comments,
 * re-prints the layout (the fallback when the text cannot be edited in place).
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { DocPlan } from './update-plan.js';

export function entryOf(doc: Document, plan: DocPlan): { entry: YAMLMap; figures: YAMLSeq } | undefined {
  const docs = doc.get('documents', true);
  if (!isSeq(docs)) return undefined;
  const entry = docs.items[plan.docIndex];
  if (!isMap(entry)) return undefined;
  const figures = entry.get('figures', true);
  if (!isSeq(figures)) return undefined;
  return { entry, figures };
}

/** Set a key, keeping an existing scalar node (its quoting style and comments) when the new value is a scalar too. */
function setField(doc: Document, map: YAMLMap, key: string, value: unknown): void {
  if (value === undefined) {
    map.delete(key);
    return;
  }
  const existing = map.get(key, true);
  const scalarValue = value === null || ['string', 'number', 'boolean'].includes(typeof value);
  if (isScalar(existing) && scalarValue) existing.value = value;
  else {
    const node = doc.createNode(value) as Node;
    if (isMap(node) || isSeq(node)) node.flow = true;
    map.set(key, node);
  }
}

/** Apply the plans through the YAML document model (keeps comments, re-prints the layout). */
export function renderModel(text: string, plans: DocPlan[]): string {
  const doc = parseDocument(text);
  for (const plan of plans) {
    const found = entryOf(doc, plan);
    if (!found) continue;
    const { entry, figures } = found;
    const meta = entry.get('meta', true);
    if (isMap(meta)) for (const e of plan.meta) setField(doc, meta, e.key, e.value);
    for (const [i, edits] of plan.edits) {
      const node = figures.items[i];
      if (isMap(node)) for (const e of edits) setField(doc, node, e.key, e.value);
    }
    const items: unknown[] = [];
    let pendingComment: string | undefined;
    const newNode = (obj: Record<string, unknown>): YAMLMap => {
      const n = doc.createNode(obj) as YAMLMap;
      n.flow = true;
      return n;
    };
    figures.items.forEach((item, i) => {
      for (const a of plan.additions) if (a.before === i) items.push(newNode(a.obj));
      const node = item as { commentBefore?: string | null };
      if (plan.removed.has(i)) {
        // A removed figure's leading comment moves to the next figure.
        if (node.commentBefore) pendingComment = pendingComment ? `${pendingComment}\n${node.commentBefore}` : node.commentBefore;
        return;
      }
      if (pendingComment) {
        node.commentBefore = node.commentBefore ? `${pendingComment}\n${node.commentBefore}` : pendingComment;
        pendingComment = undefined;
      }
      items.push(item);
    });
    for (const a of plan.additions) if (a.before === undefined) items.push(newNode(a.obj));
    if (pendingComment) figures.comment = figures.comment ? `${pendingComment}\n${figures.comment}` : pendingComment;
    figures.items = items;
    if (figures.flow && figures.items.length > 0) figures.flow = false;
  }
  return doc.toString({ lineWidth: 0 });
}
