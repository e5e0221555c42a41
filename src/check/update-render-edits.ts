/**
 * Apply an update plan as text edits on the original expectations file: only
 * the changed scalars, removed lines and inserted lines differ, so alignment
 * and comments stay byte for byte.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify as yamlStringify, type Node, type YAMLMap } from 'yaml';
import { numberToDecimal } from '../output/decimal.js';
import type { DocPlan } from './update-plan.js';
import { entryOf } from './update-render-model.js';

const UNSAFE_PLAIN = /[,[\]{}#]|: |^\s|\s$|^$/;

/** A scalar as YAML text, keeping a quoting style; plain when safe inside a flow collection. */
function scalarText(value: unknown, quote?: string): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return numberToDecimal(value);
  if (typeof value === 'boolean') return String(value);
  const s = String(value);
  if (quote === 'QUOTE_SINGLE') return `'${s.replace(/'/g, "''")}'`;
  if (quote === 'QUOTE_DOUBLE') return JSON.stringify(s);
  const plain = yamlStringify(s, { lineWidth: 0 }).trimEnd();
  if (plain.includes('\n') || plain.startsWith('"') || plain.startsWith("'") || UNSAFE_PLAIN.test(plain)) return JSON.stringify(s);
  return plain;
}

/** A value in flow style: `{ a: 1, b: x }`, `[家, 年]`, or a scalar. */
function flowText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => flowText(v)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${flowText(v)}`)
      .join(', ')} }`;
  }
  return scalarText(value);
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

class Unsupported extends Error {}

/**
 * Apply the plans as text edits on the original (only what changed is
 * touched). Returns undefined when the layout is not one this handles (flow
 * lists of figures, block-style figures that need keys added…).
 */
export function renderEdits(text: string, plans: DocPlan[]): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits: Edit[] = [];
  const lineStart = (off: number): number => text.lastIndexOf('\n', off - 1) + 1;
  const lineEnd = (off: number): number => {
    const i = text.indexOf('\n', off);
    return i < 0 ? text.length : i;
  };
  const rangeOf = (n: unknown): [number, number] => {
    const r = (n as Node | null)?.range;
    if (!r) throw new Unsupported();
    return [r[0], r[1]];
  };

  const editField = (map: YAMLMap, key: string, value: unknown): void => {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair) {
      const v = pair.value as Node | null;
      if (value === undefined) {
        if (!map.flow) throw new Unsupported();
        const [ks] = rangeOf(pair.key);
        const [, ve] = rangeOf(v);
        let b = ks;
        while (b > 0 && /[ \t]/.test(text[b - 1] as string)) b--;
        if (text[b - 1] === ',') {
          edits.push({ start: b - 1, end: ve, text: '' });
          return;
        }
        let a = ve;
        while (a < text.length && /[ \t]/.test(text[a] as string)) a++;
        if (text[a] === ',') {
          a++;
          while (a < text.length && /[ \t]/.test(text[a] as string)) a++;
        }
        edits.push({ start: ks, end: a, text: '' });
        return;
      }
      if (isScalar(v)) {
        const [s, e] = rangeOf(v);
        edits.push({ start: s, end: e, text: scalarText(value, v.type) });
        return;
      }
      if ((isMap(v) || isSeq(v)) && v.flow) {
        const [s, e] = rangeOf(v);
        edits.push({ start: s, end: e, text: flowText(value) });
        return;
      }
      throw new Unsupported();
    }
    if (value === undefined) return;
    if (!map.flow || map.items.length === 0) throw new Unsupported();
    const [, end] = rangeOf(map);
    const close = text.lastIndexOf('}', end);
    if (close < 0) throw new Unsupported();
    let at = close;
    while (at > 0 && /\s/.test(text[at - 1] as string)) at--;
    edits.push({ start: at, end: at, text: `, ${key}: ${flowText(value)}` });
  };

  try {
    for (const plan of plans) {
      const found = entryOf(doc, plan);
      if (!found) throw new Unsupported();
      const { entry, figures } = found;
      const meta = entry.get('meta', true);
      for (const e of plan.meta) {
        if (!isMap(meta)) throw new Unsupported();
        editField(meta, e.key, e.value);
      }
      for (const [i, list] of plan.edits) {
        const node = figures.items[i];
        if (!isMap(node)) throw new Unsupported();
        for (const e of list) editField(node, e.key, e.value);
      }
      if (plan.removed.size === 0 && plan.additions.length === 0) continue;

      const newLine = (indent: string, obj: Record<string, unknown>): string => `${indent}- ${flowText(obj)}${eol}`;
      if (figures.flow) {
        // Only `figures: []` with nothing after it on the line.
        if (figures.items.length > 0) throw new Unsupported();
        const [s, e] = rangeOf(figures);
        const le = lineEnd(e);
        if (!/^[ \t\r]*$/.test(text.slice(e, le))) throw new Unsupported();
        const keyNode = entry.items.find((p) => isScalar(p.key) && p.key.value === 'figures')?.key;
        const [ks] = rangeOf(keyNode);
        const keyIndent = text.slice(lineStart(ks), ks);
        if (!/^[ \t-]*$/.test(keyIndent)) throw new Unsupported();
        const indent = ' '.repeat(keyIndent.length + 2);
        let b = s;
        while (b > 0 && /[ \t]/.test(text[b - 1] as string)) b--;
        const lines = plan.additions.map((a) => newLine(indent, a.obj)).join('');
        const atEnd = le === text.length;
        edits.push({ start: b, end: le, text: eol + lines.slice(0, atEnd ? undefined : -eol.length) });
        continue;
      }

      const first = figures.items[0];
      const [fs] = rangeOf(first);
      const dashPrefix = text.slice(lineStart(fs), fs);
      const m = /^([ \t]*)-[ \t]+$/.exec(dashPrefix);
      if (!m) throw new Unsupported();
      const indent = m[1] as string;

      // Whole-line span of an item (its own line(s), trailing comment included).
      const itemLines = (i: number): [number, number] => {
        const [s, e] = rangeOf(figures.items[i]);
        const ls = lineStart(s);
        if (!/^[ \t]*-[ \t]+$/.test(text.slice(ls, s))) throw new Unsupported();
        const le = lineEnd(e);
        if (!/^[ \t]*(#[^\n]*)?\r?$/.test(text.slice(e, le))) throw new Unsupported();
        return [ls, le === text.length ? le : le + 1];
      };
      for (const i of plan.removed) {
        const [a, b] = itemLines(i);
        edits.push({ start: a, end: b, text: '' });
      }
      const groups = new Map<number | undefined, string>();
      for (const a of plan.additions) groups.set(a.before, (groups.get(a.before) ?? '') + newLine(indent, a.obj));
      for (const [before, lines] of groups) {
        if (before === undefined) {
          const [, b] = itemLines(figures.items.length - 1);
          const needsEol = b === text.length && !text.endsWith('\n');
          edits.push({ start: b, end: b, text: (needsEol ? eol : '') + lines });
        } else {
          // Before the comment lines that lead the figure.
          let [a] = itemLines(before);
          while (a > 0) {
            const prev = lineStart(a - 1);
            if (!/^[ \t]*#/.test(text.slice(prev, a))) break;
            a = prev;
          }
          edits.push({ start: a, end: a, text: lines });
        }
      }
    }
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }

  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  for (let i = 1; i < edits.length; i++) {
    const later = edits[i - 1] as Edit;
    const cur = edits[i] as Edit;
    if (cur.end > later.start) return undefined; // overlapping edits: let the model render it
  }
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
