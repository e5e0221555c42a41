/**
 * `extract check` through the BUILT program: a bad expectations file does not
 * stop the others, --update adds only the indicators a document lists (unless
 * --all), and --reporter json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SLOW, STACK_FRAME, cli, tempDir, type Run } from './support.js';

const SEED0 = path.join(ROOT, 'seeds', '000_7c649211ab158f35.txt');

function yaml(dir: string, figures: string[], extra = ''): string {
  return `documents:\n  - file: ${path.relative(dir, SEED0)}\n${extra}    figures:\n${figures.map((f) => `      - ${f}\n`).join('')}`;
}
const RIGHT = '{ indicator: tech_contract.value, value: 1273.36亿元, year: 2019 }';
const WRONG = '{ indicator: alliance.members, value: 2800, qualifier: over }';

describe('extract check keeps going', () => {
  let dir: string;
  let R: Record<'mixed' | 'json' | 'jsonFile' | 'junit', Run>;
  let jsonFile: string;
  beforeAll(async () => {
    dir = path.join(tempDir('extract-check-more-'), 'e');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a-good.yaml'), yaml(dir, [RIGHT]));
    writeFileSync(path.join(dir, 'b-broken.yaml'), 'documents: [\n');
    writeFileSync(path.join(dir, 'c-wrong.yaml'), yaml(dir, [RIGHT, WRONG]));
    writeFileSync(path.join(dir, 'd-unknown.yaml'), yaml(dir, ['{ indicator: tech_contract.valeu, value: 1 }']));
    jsonFile = path.join(dir, 'report.json');
    const files = ['a-good.yaml', 'b-broken.yaml', 'c-wrong.yaml', 'd-unknown.yaml'];
    const [mixed, json, jsonOut, junit] = await Promise.all([
      cli(['check', ...files], { cwd: dir }),
      cli(['check', ...files, '--reporter', 'json'], { cwd: dir }),
      cli(['check', 'a-good.yaml', 'c-wrong.yaml', '--reporter', 'json', '-o', jsonFile], { cwd: dir }),
      cli(['check', ...files, '--reporter', 'junit'], { cwd: dir }),
    ]);
    R = { mixed, json, jsonFile: jsonOut, junit };
  }, SLOW);

  it('bad files are reported, the good ones still checked, exit 2 at the end', () => {
    const { code, stdout, stderr } = R.mixed;
    expect(code).toBe(2);
    expect(stderr).not.toMatch(STACK_FRAME);
    expect(stderr).toMatch(/^extract: b-broken\.yaml:\d+:\d+: malformed YAML/m);
    expect(stderr).toMatch(/^extract: d-unknown\.yaml:4:\d+: unknown indicator "tech_contract\.valeu"/m);
    expect(stderr).toMatch(/^extract: 2 of 4 expectations files not checked/m);
    // the good files' report: the wrong figure of c-wrong.yaml is found wrong
    expect(stdout).toMatch(/✗ .*000_7c649211ab158f35\.txt {2}alliance\.members {2}expected/);
    expect(stdout).toMatch(/^check: 3 figures, 2 passed, 1 failed \(1 file\)$/m);
  });

  it('--reporter json: one JSON document on stdout with the summary, the errors and each figure', () => {
    expect(R.json.code).toBe(2);
    const j = JSON.parse(R.json.stdout) as {
      ok: boolean;
      summary: Record<string, number>;
      errors: { file: string; line: number; message: string }[];
      documents: { expectations: string; ok: boolean; figures: { pass: boolean; reason: string | null; found: Record<string, unknown> | null; expected: { indicator: string } }[] }[];
    };
    expect(j.ok).toBe(false);
    expect(j.summary).toEqual({ files: 1, figures: 3, passed: 2, failed: 1, unexpected: 0, metaMismatches: 0, errors: 2 });
    expect(j.errors.map((e) => e.file)).toEqual(['b-broken.yaml', 'd-unknown.yaml']);
    expect(j.documents.map((d) => [d.expectations, d.ok])).toEqual([
      ['a-good.yaml', true],
      ['c-wrong.yaml', false],
    ]);
    const failed = j.documents[1]!.figures.find((f) => !f.pass)!;
    expect(failed.expected.indicator).toBe('alliance.members');
    expect(failed.reason).toBe('value');
    expect(j.documents[0]!.figures[0]!.found).toMatchObject({ indicator: 'tech_contract.value', value: 127336000000, line: 20 });
    // the text report goes to stderr: stdout is only the JSON
    expect(R.json.stderr).not.toMatch(/^check: /m);
  });

  it('--reporter json -o FILE: the JSON in the file, the text report on stdout, exit 1', () => {
    expect(R.jsonFile.code).toBe(1);
    expect(JSON.parse(readFileSync(jsonFile, 'utf8')).summary.failed).toBe(1);
    expect(R.jsonFile.stdout).toMatch(/^check: 3 figures, 2 passed, 1 failed/m);
  });

  it('--reporter junit: the bad files are <error> cases next to the figures', () => {
    expect(R.junit.code).toBe(2);
    expect(R.junit.stdout).toMatch(/<testsuites [^>]*tests="5" failures="1" errors="2"/);
    expect(R.junit.stdout).toMatch(/<error message="b-broken\.yaml:\d+:\d+: malformed YAML/);
  });
});

describe('extract check --update on a document that is not exhaustive', () => {
  let listed: string;
  let all: string;
  let R: Record<'listed' | 'all', Run>;
  beforeAll(async () => {
    const dir = tempDir('extract-update-');
    listed = path.join(dir, 'listed.yaml');
    all = path.join(dir, 'all.yaml');
    writeFileSync(listed, yaml(dir, ['{ indicator: tech_contract.count, value: 21074, year: 2019 }']));
    writeFileSync(all, yaml(dir, ['{ indicator: tech_contract.count, value: 21074, year: 2019 }']));
    const [a, b] = await Promise.all([cli(['check', listed, '--update']), cli(['check', all, '--update', '--all'])]);
    R = { listed: a, all: b };
  }, SLOW);

  it('adds nothing of indicators it does not list; --all adds every indicator’s figures', () => {
    expect(R.listed.code).toBe(0);
    expect(R.listed.stderr).toMatch(/^extract: update .*listed\.yaml: no changes$/m);
    expect(readFileSync(listed, 'utf8')).not.toContain('tech_contract.value');

    expect(R.all.code).toBe(0);
    const after = readFileSync(all, 'utf8');
    for (const id of ['tech_contract.value', 'tech_contract.transaction_value', 'alliance.count', 'alliance.members']) expect(after).toContain(`indicator: ${id},`);
    expect(R.all.stderr).toMatch(/^extract: wrote /m);
  });
});

describe('extract check: names in traditional characters', () => {
  it('an expectation may write a region or a part in traditional characters', async () => {
    const dir = tempDir('extract-check-trad-');
    writeFileSync(path.join(dir, 'doc.txt'), '2022年,广东省技术合同成交额4200亿元,其中技术开发合同成交额1800亿元。\n');
    const figure = (part: string) => `documents:\n  - file: doc.txt\n    figures:\n      - { indicator: tech_contract.value, value: 1800亿元, region: 廣東, part: ${part} }\n`;
    writeFileSync(path.join(dir, 'same.yaml'), figure('技術開發合同'));
    writeFileSync(path.join(dir, 'other.yaml'), figure('技術服務合同'));
    const [same, other] = await Promise.all([cli(['check', 'same.yaml'], { cwd: dir }), cli(['check', 'other.yaml'], { cwd: dir })]);
    expect(same.stdout).toMatch(/^check: 1 figure, 1 passed, 0 failed/m);
    expect(same.code).toBe(0);
    expect(other.code).toBe(1);
  }, SLOW);
});
