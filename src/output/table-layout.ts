/**
 * Column widths for the human table. Without a width every cell is whole;
 * with one (a terminal, or COLUMNS), columns give way one after another until
 * the table fits: file paths to their short form (src/output/file-labels.ts),
 * the Indicator column down to its longest id (Chinese labels are cut, then
 * left out, on the rows that need it), the rule down to 24 columns, the file
 * down to 12, the qualifier joined to the value, line:col dropped, the rule
 * down to 8, the file down to 6; only then are indicator ids cut. Values are
 * never cut.
 */
import { shortFileLabels } from './file-labels.js';
import { displayWidth } from './width.js';

export interface Row {
  file: string;
  label: string;
  id: string;
  value: string;
  q: string;
  year: string;
  status: string;
  pos: string;
  /** The matching rule (`--explain`); undefined when the record has none. */
  rule?: string;
}

export interface Layout {
  /** The File cell's text before it is fitted to fileWidth. */
  fileLabel(file: string): string;
  fileWidth: number;
  /** Width of the Indicator column: a row's label gets what its id leaves. */
  indicatorWidth: number;
  /** The qualifier stands before the value instead of in its own column. */
  joinQ: boolean;
  showPos: boolean;
  /** Width of the Rule column; 0 when no record has a rule. */
  ruleWidth: number;
}

interface State {
  short: boolean;
  file: number;
  rule: number;
  indicator: number;
  joinQ: boolean;
  showPos: boolean;
}

const max = (xs: number[], floor: number) => xs.reduce((a, b) => (b > a ? b : a), floor);

export function layoutTable(rows: readonly Row[], width?: number): Layout {
  const hasRule = rows.some((r) => r.rule !== undefined);
  const full = rows.map((r) => displayWidth(r.file));
  const shorts = shortFileLabels(rows.map((r) => r.file));
  const short = rows.map((r) => displayWidth(shorts.get(r.file)!));
  const label = rows.map((r) => displayWidth(r.label));
  const id = rows.map((r) => displayWidth(r.id));
  const value = rows.map((r) => displayWidth(r.value));
  const joined = rows.map((r, i) => value[i]! + (r.q ? displayWidth(r.q) + 1 : 0));
  const q = max(rows.map((r) => displayWidth(r.q)), 1);
  const year = max(rows.map((r) => displayWidth(r.year)), 4);
  const status = max(rows.map((r) => displayWidth(r.status)), 6);
  const pos = max(rows.map((r) => displayWidth(r.pos)), 8);
  const rule = rows.map((r) => (r.rule === undefined ? 0 : displayWidth(r.rule)));

  const s: State = {
    short: false,
    file: max(full, 4),
    rule: hasRule ? max(rule, 4) : 0,
    indicator: 0,
    joinQ: false,
    showPos: true,
  };

  const naturalIndicator = max(
    rows.map((_, i) => (label[i]! > 0 ? label[i]! + 1 + id[i]! : id[i]!)),
    9,
  );
  s.indicator = naturalIndicator;
  const longestId = max(id, 9);
  const total = (st: State): number => {
    const files = st.short ? short : full;
    const cols = [
      Math.min(max(files, 4), st.file),
      st.indicator,
      st.joinQ ? max(joined, 5) : max(value, 5),
      ...(st.joinQ ? [] : [q]),
      year,
      status,
      ...(st.showPos ? [pos] : []),
      ...(hasRule ? [Math.max(4, Math.min(max(rule, 4), st.rule))] : []),
    ];
    return cols.reduce((a, b) => a + b, 0) + 3 * cols.length + 1;
  };

  if (width !== undefined) {
    const fits = () => total(s) <= width;
    /** Lower `key` one column at a time down to `floor`, until the table fits. */
    const shrink = (key: 'file' | 'rule' | 'indicator', floor: number) => {
      while (!fits() && s[key] > floor) s[key]--;
    };
    const steps: (() => void)[] = [
      () => {
        s.short = true;
        s.file = Math.min(s.file, max(short, 4));
      },
      () => shrink('indicator', longestId),
      () => hasRule && shrink('rule', 24),
      () => shrink('file', 12),
      () => (s.joinQ = true),
      () => (s.showPos = false),
      () => hasRule && shrink('rule', 8),
      () => shrink('file', 6),
      () => shrink('indicator', 9),
    ];
    for (const step of steps) {
      if (fits()) break;
      step();
    }
    // A later step may free more room than needed: give it back, the file first.
    const grow = (key: 'file' | 'rule' | 'indicator', ceiling: number) => {
      while (s[key] < ceiling) {
        s[key]++;
        if (!fits()) {
          s[key]--;
          break;
        }
      }
    };
    grow('file', max(s.short ? short : full, 4));
    const undo = (apply: () => void, revert: () => void) => {
      apply();
      if (!fits()) revert();
    };
    if (!s.showPos) undo(() => (s.showPos = true), () => (s.showPos = false));
    if (s.joinQ) undo(() => (s.joinQ = false), () => (s.joinQ = true));
    if (hasRule) grow('rule', max(rule, 4));
    grow('indicator', naturalIndicator);
  }

  return {
    fileLabel: s.short ? (f) => shorts.get(f) ?? f : (f) => f,
    fileWidth: Math.max(4, s.file),
    indicatorWidth: s.indicator,
    joinQ: s.joinQ,
    showPos: s.showPos,
    ruleWidth: hasRule ? Math.max(4, s.rule) : 0,
  };
}
