/**
 * User rule packs (`--rules`) through the built CLI: a pack adds an indicator
 * of its own, a broken pack is a one-line configuration error naming the rule,
 * and `--explain` says which rule matched.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

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

  it('--explain names the rule, its pack and line, and the pattern that matched', () => {
    const r = runCli(['--ndjson', '--explain', doc]);
    const rec = JSON.parse(r.stdout.trim().split('\n')[0]);
    const m = /^patent\.grants \(patent\.yaml:(\d+), before: (".*")\)$/.exec(rec.rule);
    expect(m, rec.rule).not.toBeNull();
    // The line holds that very pattern, as the pack states it.
    const yaml = readFileSync(path.join(ROOT, 'src/rules/packs/patent.yaml'), 'utf8').split('\n');
    expect(yaml[Number(m![1]) - 1]).toContain(`before: ${m![2]}`);
  });

  it("--explain names a user pack's rule by the path given", () => {
    const pack = path.join(dir, 'trademark.yaml');
    const r = runCli(['--ndjson', '--explain', '--rules', pack, doc]);
    const rec = JSON.parse(r.stdout.trim().split('\n')[0]);
    expect(rec.rule).toBe(`trademark.applications (${pack}:9, before: "商标{g}申请")`);
  });
});
