/**
 * CLI behaviours found in review: an output file that is also an input,
 * conflicting formats, the empty-result hint on stderr, unknown -i patterns,
 * --yes without --update, and the library's byte entry point.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/index.js';
import { ROOT, runCli } from '../helpers.js';

const seed = path.join(ROOT, 'seeds', '001_4dcee001af0c1ee8.txt');

describe('review fixes', () => {
  it('-o never destroys an input, and never reads its own output back', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'extract-o-'));
    const doc = path.join(dir, 'a.txt');
    copyFileSync(seed, doc);
    const before = readFileSync(doc);
    const r = runCli([doc, '-o', doc, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is also an input/);
    expect(readFileSync(doc)).toEqual(before);
    const out = path.join(dir, 'out.json');
    runCli([dir, '-o', out, '--json']);
    const again = runCli([dir, '-o', out, '--json']);
    expect(again.code).toBe(0);
    const recs = JSON.parse(readFileSync(out, 'utf8')) as { file: string }[];
    expect(recs.every((x) => !x.file.endsWith('out.json'))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses two formats at once', () => {
    const r = runCli([seed, '--json', '--csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/choose one output format/);
  });

  it('prints the empty-result hint on stderr, never on stdout', () => {
    const r = runCli([path.join(ROOT, 'fixtures/inputs/empty.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/No indicator figures found/);
  });

  it('rejects an -i pattern that matches no indicator', () => {
    const r = runCli([seed, '-i', 'PATENT.*']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown indicator "PATENT\.\*"/);
  });

  it('check: --yes goes with --update', () => {
    const r = runCli(['check', path.join(ROOT, 'fixtures/seeds/000_7c649211ab158f35.expected.yaml'), '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--yes goes with --update/);
  });

  it('the library reads bytes the way the CLI does (HTML scripts give nothing)', async () => {
    const html = Buffer.from('<html><head><script>var a="技术合同成交额888亿元"</script></head><body><p>全市技术合同成交额1273.36亿元。</p></body></html>');
    const rs = await extractBytes(html, { path: 'a.html', file: 'a.html' });
    expect(rs.map((r) => r.value)).toEqual([127336000000]);
  });
});

describe('check matches one record per expected figure', () => {
  it('two identical expectations need two records', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'extract-dup-'));
    const rel = path.relative(dir, seed);
    const yaml = (n: number) =>
      `documents:\n  - file: ${rel}\n    figures:\n` +
      Array.from({ length: n }, () => '      - { indicator: tech_contract.value, value: 2550.82亿元 }\n').join('');
    const one = path.join(dir, 'one.yaml');
    const two = path.join(dir, 'two.yaml');
    writeFileSync(one, yaml(1));
    writeFileSync(two, yaml(2));
    expect(runCli(['check', one]).code).toBe(0);
    const r = runCli(['check', two]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/1 passed, 1 failed/);
  });
});

describe('check validates units', () => {
  it('an unknown unit is a configuration error (exit 2, with its position)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'extract-unit-'));
    const y = path.join(dir, 'u.yaml');
    writeFileSync(y, `documents:\n  - file: ${path.relative(dir, seed)}\n    figures:\n      - { indicator: tech_contract.value, value: 2550.82亿元, unit: RMB }\n`);
    const r = runCli(['check', y]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/u\.yaml:4:\d+: .*"unit" must be/);
  });
});

describe('check writes a JUnit report even for configuration errors', () => {
  it('exit 2 and an <error> testcase in the -o file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'extract-junit-'));
    const y = path.join(dir, 'bad.yaml');
    writeFileSync(y, 'documents:\n  - file: nope.txt\n    figures: []\n');
    const out = path.join(dir, 'r.xml');
    const r = runCli(['check', y, '--reporter', 'junit', '-o', out]);
    expect(r.code).toBe(2);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toMatch(/<testsuites[^>]*errors="1"/);
    expect(xml).toMatch(/<error message="[^"]*document file not found: nope\.txt/);
  });
});
