/**
 * A pack's examples and negatives as checks (the same ones test/packs.test.ts
 * makes of the built-in packs): an example must give exactly one record of its
 * rule's indicator with the example's value (and year, qualifier, status,
 * unit, valueMax, growth, part, phase, region where given); a negative must give no record of it.
 * Run with the whole rule set, as an extraction would.
 */
import { extractWith } from '../pipeline.js';
import { parseQuantity } from '../numbers/index.js';
import type { CompiledRule } from '../rules/compile.js';
import type { RuleSet } from '../rules/load.js';
import type { RuleExample } from '../rules/schema.js';
import type { IndicatorRecord } from '../record/types.js';

export interface ExampleFailure {
  /** `pack.yaml:14: rule.id example "…"` */
  where: string;
  /** What went wrong, in words. */
  problem: string;
}

export interface ExampleReport {
  examples: number;
  negatives: number;
  failures: ExampleFailure[];
}

/** An example's value in base units: a number, or a text figure (`1273.36亿元`). */
function exampleValue(v: number | string): number {
  if (typeof v === 'number') return v;
  const n = Number(v);
  return Number.isNaN(n) ? (parseQuantity(v)?.value ?? NaN) : n;
}

const short = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
const found = (recs: IndicatorRecord[]) => (recs.length ? recs.map((r) => `${r.indicator} = ${r.value}`).join(', ') : 'no record');

function checkExample(rules: RuleSet, rule: CompiledRule, ex: RuleExample): string | null {
  const value = exampleValue(ex.value);
  let all: IndicatorRecord[];
  try {
    all = extractWith(rules, String(ex.text ?? ''));
  } catch (e) {
    return `extraction failed (${(e as Error).message})`;
  }
  const hits = all.filter((r) => r.indicator === rule.id && r.value === value);
  if (hits.length !== 1) return `expected one ${rule.id} = ${value}, found ${hits.length ? `${hits.length}` : found(all)}`;
  const r = hits[0];
  const fields: [keyof RuleExample, unknown][] = [
    ['year', r.year],
    ['qualifier', r.qualifier],
    ['status', r.status],
    ['unit', r.unit],
    ['valueMax', r.valueMax],
    ['growth', r.growth?.percent],
    ['part', r.part ?? null],
    ['phase', r.phase ?? null],
    ['region', r.region ?? null],
  ];
  const wrong = fields.filter(([k, got]) => ex[k] !== undefined && ex[k] !== got).map(([k, got]) => `${k} ${JSON.stringify(got ?? null)}, expected ${JSON.stringify(ex[k])}`);
  return wrong.length ? wrong.join('; ') : null;
}

/** Run the examples and negatives of the rules that come from `pack` (its path as loaded). */
export function runExamples(rules: RuleSet, pack: string): ExampleReport {
  const report: ExampleReport = { examples: 0, negatives: 0, failures: [] };
  for (const rule of rules.rules) {
    if (rule.pack !== pack) continue;
    const place = (line: number | undefined) => `${pack}${line ? `:${line}` : ''}: ${rule.id}`;
    (rule.source.examples ?? []).forEach((ex, i) => {
      report.examples++;
      const problem = checkExample(rules, rule, ex);
      if (problem) report.failures.push({ where: `${place(rule.exampleLines[i])} example ${short(String(ex.text))}`, problem });
    });
    (rule.source.negatives ?? []).forEach((text, i) => {
      report.negatives++;
      let recs: IndicatorRecord[];
      try {
        recs = extractWith(rules, String(text)).filter((r) => r.indicator === rule.id);
      } catch (e) {
        report.failures.push({ where: `${place(rule.negativeLines[i])} negative ${short(String(text))}`, problem: `extraction failed (${(e as Error).message})` });
        return;
      }
      if (recs.length) {
        report.failures.push({ where: `${place(rule.negativeLines[i])} negative ${short(String(text))}`, problem: `gives ${found(recs)}, expected none` });
      }
    });
  }
  return report;
}
