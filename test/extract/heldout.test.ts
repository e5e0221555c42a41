/**
 * The held-out corpora (fixtures/unseen, fixtures/holdout): documents written
 * by reading, in other cities, years and layouts, with every figure of the
 * built-in indicators listed. The built CLI is run on them as a user would,
 * and the product's bar is checked: precision and recall of (file,
 * indicator, value) at 0.95 or better, the right year for 90% of found
 * figures, the right qualifier, status and unit for 90%, metadata for 90%.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseQuantity } from '../../src/numbers/index.js';
import type { IndicatorRecord } from '../../src/record/types.js';
import { ROOT, runCli } from '../helpers.js';

interface Figure {
  indicator: string;
  value: number | string;
  year?: number | null;
  qualifier?: string;
  status?: string;
  unit?: string;
}

function valueOf(v: number | string): number {
  if (typeof v === 'number') return v;
  const q = parseQuantity(v);
  if (!q) throw new Error(`cannot read expected value ${v}`);
  return q.value;
}

function score(dir: string) {
  const abs = path.join(ROOT, dir);
  const files = readdirSync(abs).filter((f) => f.endsWith('.txt')).sort();
  const r = runCli(['--format', 'json', dir]);
  expect(r.code).toBe(0);
  const records = JSON.parse(r.stdout) as IndicatorRecord[];
  let expected = 0;
  let matched = 0;
  let found = 0;
  const right = { year: 0, qualifier: 0, status: 0, unit: 0 };
  let metaFields = 0;
  let metaRight = 0;
  for (const f of files) {
    const y = parse(readFileSync(path.join(abs, f.replace(/\.txt$/, '.expected.yaml')), 'utf8'));
    const doc = y.documents[0];
    const mine = records.filter((x) => x.file.endsWith(`/${f}`));
    found += mine.length;
    const pool = [...mine];
    for (const fig of doc.figures as Figure[]) {
      expected++;
      const v = valueOf(fig.value);
      const k = pool.findIndex((x) => x.indicator === fig.indicator && x.value === v);
      if (k < 0) continue;
      const rec = pool.splice(k, 1)[0];
      matched++;
      if (fig.year === undefined || rec.year === fig.year) right.year++;
      if (fig.qualifier === undefined || rec.qualifier === fig.qualifier) right.qualifier++;
      if (fig.status === undefined || rec.status === fig.status) right.status++;
      if (fig.unit === undefined || rec.unit === fig.unit) right.unit++;
    }
    const fileRecs = runCli(['--format', 'json', '--all', path.join(dir, f)]);
    const any = (JSON.parse(fileRecs.stdout) as IndicatorRecord[])[0];
    for (const key of ['docTitle', 'docNumber', 'docIssuer', 'docDate'] as const) {
      if (!doc.meta || !(key in doc.meta) || !any) continue;
      metaFields++;
      if (any[key] === doc.meta[key]) metaRight++;
    }
  }
  return {
    precision: matched / found,
    recall: matched / expected,
    year: right.year / matched,
    qualifier: right.qualifier / matched,
    status: right.status / matched,
    unit: right.unit / matched,
    meta: metaRight / metaFields,
  };
}

describe.each(['fixtures/unseen', 'fixtures/holdout', 'fixtures/blind'])('held-out corpus %s', (dir) => {
  it('meets the bar on documents written by reading', () => {
    const s = score(dir);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.year).toBeGreaterThanOrEqual(0.9);
    expect(s.qualifier).toBeGreaterThanOrEqual(0.9);
    expect(s.status).toBeGreaterThanOrEqual(0.9);
    expect(s.unit).toBeGreaterThanOrEqual(0.9);
    expect(s.meta).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
