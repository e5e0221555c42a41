/**
 * User rule packs (`--rules`) through the built CLI: a pack adds an indicator
 * of its own, a broken pack is a one-line configuration error naming the rule,
 * and `--explain` says which rule matched.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'extract-rules-'));
const doc = path.join(dir, 'doc.txt');
writeFileSync(doc, '2022年,全市商标注册申请6.4万件,专利授权5.5万件。\n');

describe('--rules', () => {
  it('adds an indicator from a YAML pack', () => {
    const pack = path.join(dir, 'trademark.yaml');
    writeFileSync(
      pack,
      [
        'family: trademark',
        'keywords: [商标]',
        'rules:',
        '  - id: trademark.applications',
        '    label: 商标注册申请量',
        '    unit: count',
        '    measures: [件]',
        '    match:',
        '      - before: "商标{g}申请"',
        '',
      ].join('\n'),
    );
    const r = runCli(['--ndjson', '--rules', pack, doc]);
    expect(r.code).toBe(0);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((x) => [x.indicator, x.value, x.year])).toEqual([
      ['trademark.applications', 64000, 2022],
      ['patent.grants', 55000, 2022],
    ]);
    const ids = runCli(['indicators', '--json', '--rules', pack]);
    expect(JSON.parse(ids.stdout).map((x: { id: string }) => x.id)).toContain('trademark.applications');
  });

  it('reports a broken pack in one line naming the rule, exit 2', () => {
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, 'family: x\nrules:\n  - id: x.y\n    label: y\n    unit: count\n    match:\n      - before: "a{gap}b"\n');
    const r = runCli(['--ndjson', '--rules', bad, doc]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:7: x\.y\.match\[0\]\.before: unknown placeholder \{gap\}/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const missing = runCli(['--rules', path.join(dir, 'nope.yaml'), doc]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.yaml: cannot read rule pack/);
  });

  it('--explain names the rule that matched', () => {
    const r = runCli(['--ndjson', '--explain', doc]);
    const rec = JSON.parse(r.stdout.trim().split('\n')[0]);
    expect(rec.rule).toMatch(/^patent\.grants#\d+$/);
  });
});
