/**
 * Where each rule and pattern of a pack stands in its YAML file, so that a
 * message or `--explain` can point at the line a user edits.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** Lines (1-based) of one match spec: the item's own line and each pattern's. */
export interface MatchLines {
  line: number;
  before?: number;
  after?: number;
  context?: number;
  within?: number;
}

export interface RuleLines {
  line: number;
  match: MatchLines[];
  not?: number;
  /** The line of each example and each negative. */
  examples: number[];
  negatives: number[];
}

/** Lines of a pack's rules, in the order of `rules`. */
export interface PackLines {
  rules: RuleLines[];
}

const FIELDS = ['before', 'after', 'context', 'within'] as const;

/** The 1-based line of a node's start, or 0 when unknown. */
function lineOf(node: unknown, counter: LineCounter): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? counter.linePos(range[0]).line : 0;
}

/** The lines of every rule and pattern of a parsed YAML document. */
export function linesOf(doc: Document, counter: LineCounter): PackLines {
  const rules: RuleLines[] = [];
  const root = doc.contents;
  const list = isMap(root) ? root.get('rules', true) : null;
  if (!isSeq(list)) return { rules };
  for (const item of list.items) {
    const rule: RuleLines = { line: lineOf(item, counter), match: [], examples: [], negatives: [] };
    if (isMap(item)) {
      const match = item.get('match', true);
      if (isSeq(match)) {
        for (const m of match.items) {
          const ml: MatchLines = { line: lineOf(m, counter) };
          if (isMap(m)) for (const f of FIELDS) if (m.has(f)) ml[f] = lineOf(m.get(f, true), counter);
          rule.match.push(ml);
        }
      }
      if (item.has('not')) rule.not = lineOf(item.get('not', true), counter);
      for (const k of ['examples', 'negatives'] as const) {
        const seq = item.get(k, true);
        if (isSeq(seq)) rule[k] = seq.items.map((x) => lineOf(x, counter));
      }
    }
    rules.push(rule);
  }
  return { rules };
}

/** Parse a pack's YAML text: the data and where its rules stand. Throws the yaml library's error. */
export function parsePackYaml(text: string): { data: unknown; lines: PackLines } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true });
  if (doc.errors.length) throw doc.errors[0];
  return { data: doc.toJS(), lines: linesOf(doc, counter) };
}
