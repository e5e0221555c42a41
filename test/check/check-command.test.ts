import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { checkCommand, type CheckCommandOptions } from '../../src/cli/check-command.js';
import type { IndicatorRecord } from '../../src/record/types.js';
import { KNOWN, fakeIO, rec, tempDir } from './helpers.js';

let root: string;
let seeds: string;
let checks: string;
let calls: string[];
let records: Map<string, IndicatorRecord[]>;

const deps = () => ({
  knownIndicators: KNOWN,
  extractFile: async (path: string) => {
    calls.push(path);
    const r = records.get(path);
    if (!r) throw new Error(`no records for ${path}`);
    // the records' file field may be anything
    return r.map((x) => ({ ...x, file: 'whatever' }));
  },
});

const text: CheckCommandOptions = { reporter: 'text', color: false };

beforeEach(() => {
  root = tempDir();
  seeds = join(root, 'seeds');
  checks = join(root, 'checks', 'sub');
  mkdirSync(seeds, { recursive: true });
  mkdirSync(checks, { recursive: true });
  writeFileSync(join(seeds, 'a.txt'), '2019年全市技术合同成交额1273.36亿元。\n');
  writeFileSync(join(seeds, 'b.txt'), '成员单位超过2700家。\n');
  calls = [];
  records = new Map([
    [join(seeds, 'a.txt'), [rec()]],
    [join(seeds, 'b.txt'), [rec({ indicator: 'alliance.members', value: 2700, unit: 'count', measure: '家', qualifier: 'over', text: '超过2700家' })]],
  ]);
});

function writeYaml(name: string, body: string): string {
  const p = join(checks, name);
  writeFileSync(p, body);
  return p;
}

const PASSING = `documents:
  - file: ../../seeds/a.txt
    figures:
      - { indicator: tech_contract.value, value: 1273.36亿元, year: 2019 }
  - file: ../../seeds/b.txt
    figures:
      - { indicator: alliance.members, value: 2700, qualifier: over }
`;

describe('checkCommand', () => {
  test('all found → 0; paths resolved against the YAML folder, not the cwd', async () => {
    writeYaml('e.yaml', PASSING);
    const io = fakeIO(root);
    const code = await checkCommand(['checks/sub/e.yaml'], text, io, deps());
    expect(code).toBe(0);
    expect(calls).toEqual([join(seeds, 'a.txt'), join(seeds, 'b.txt')]);
    expect(io.stdout).toBe('check: 2 figures, 2 passed, 0 failed (2 files)\n');
    expect(io.stderr).toBe('');
  });
  test('a figure missing or different → 1, one line per failure on stdout', async () => {
    writeYaml('e.yaml', PASSING.replace('1273.36亿元', '1273.37亿元'));
    const io = fakeIO(root);
    expect(await checkCommand([join(checks, 'e.yaml')], text, io, deps())).toBe(1);
    expect(io.stdout).toBe(
      '✗ seeds/a.txt  tech_contract.value  expected 1,273.37 亿元 (2019) — found 1,273.36 亿元 (2019) at 20:5\n' +
        'check: 2 figures, 1 passed, 1 failed (2 files)\n',
    );
  });
  test('configuration errors → 2, file:line:column on stderr, no stack trace', async () => {
    writeYaml('bad.yaml', 'documents:\n  - file: ../../seeds/a.txt\n    figures:\n      - { indicator: tech_contract.valu, value: 12.3亿元元 }\n');
    writeYaml('broken.yaml', 'documents: [\n');
    const io = fakeIO(checks);
    const code = await checkCommand(['bad.yaml', 'broken.yaml', 'nope.yaml'], text, io, deps());
    expect(code).toBe(2);
    const lines = io.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^extract: bad\.yaml:4:22: unknown indicator "tech_contract\.valu" — did you mean "tech_contract\.value"\?/),
      expect.stringMatching(/^extract: bad\.yaml:4:49: cannot read value "12\.3亿元元"/),
      expect.stringMatching(/^extract: broken\.yaml:\d+:\d+: malformed YAML/),
      'extract: nope.yaml: cannot read expectations file: no such file',
    ]);
    expect(io.stderr).not.toMatch(/\n\s+at /);
    expect(io.stdout).toBe('');
    expect(calls).toEqual([]);
  });
  test('a document file that does not exist → 2', async () => {
    writeYaml('e.yaml', 'documents:\n  - file: ../../seeds/missing.txt\n    figures: []\n');
    const io = fakeIO(root);
    expect(await checkCommand(['checks/sub/e.yaml'], text, io, deps())).toBe(2);
    expect(io.stderr).toBe(`extract: checks/sub/e.yaml:2:5: document file not found: ../../seeds/missing.txt (looked for ${join(seeds, 'missing.txt')})\n`);
  });
  test('no files → 2', async () => {
    const io = fakeIO(root);
    expect(await checkCommand([], text, io, deps())).toBe(2);
    expect(io.stderr).toMatch(/^extract: give one or more expectations files/);
  });
  test('extraction failure → 2, one line', async () => {
    writeYaml('e.yaml', PASSING);
    records.delete(join(seeds, 'b.txt'));
    const io = fakeIO(root);
    expect(await checkCommand(['checks/sub/e.yaml'], text, io, deps())).toBe(2);
    expect(io.stderr).toMatch(/^extract: checks\/sub\/e\.yaml:5:5: cannot extract seeds\/b\.txt: no records for /);
    expect(io.stdout).toBe('');
  });
  test('--reporter junit: XML on stdout, text report on stderr', async () => {
    writeYaml('e.yaml', PASSING.replace('2700', '2800'));
    const io = fakeIO(root);
    expect(await checkCommand(['checks/sub/e.yaml'], { reporter: 'junit', color: true }, io, deps())).toBe(1);
    expect(io.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(io.stdout).toContain('<testsuite name="seeds/b.txt" tests="1" failures="1"');
    expect(io.stderr).toContain('check: 2 figures, 1 passed, 1 failed (2 files)');
    // stderr is not a terminal here: no colours there
    expect(io.stderr).not.toMatch(/\u001b\[/);
  });
  test('--reporter junit -o FILE: XML in the file, text report on stdout', async () => {
    writeYaml('e.yaml', PASSING);
    const io = fakeIO(root);
    expect(await checkCommand(['checks/sub/e.yaml'], { reporter: 'junit', output: 'out/junit.xml', color: false }, io, deps())).toBe(2);
    expect(io.stderr).toMatch(/^extract: cannot write out\/junit\.xml: no such file/);
    const io2 = fakeIO(root);
    expect(await checkCommand(['checks/sub/e.yaml'], { reporter: 'junit', output: 'junit.xml', color: false }, io2, deps())).toBe(0);
    expect(readFileSync(join(root, 'junit.xml'), 'utf8')).toContain('<testsuites name="extract check" tests="2" failures="0"');
    expect(io2.stdout).toBe('check: 2 figures, 2 passed, 0 failed (2 files)\n');
  });
  test('a bad file is reported and the others are still checked; exit 2 at the end', async () => {
    writeYaml('good.yaml', PASSING.replace('2700', '2800'));
    writeYaml('broken.yaml', 'documents: [\n');
    writeYaml('missing-doc.yaml', 'documents:\n  - file: ../../seeds/missing.txt\n    figures: []\n');
    const io = fakeIO(checks);
    const code = await checkCommand(['broken.yaml', 'good.yaml', 'missing-doc.yaml'], text, io, deps());
    expect(code).toBe(2);
    expect(io.stdout).toContain('✗ ../../seeds/b.txt  alliance.members  expected');
    expect(io.stdout).toMatch(/^check: 2 figures, 1 passed, 1 failed \(2 files\)$/m);
    expect(io.stderr).toMatch(/^extract: broken\.yaml:\d+:\d+: malformed YAML/m);
    expect(io.stderr).toMatch(/^extract: missing-doc\.yaml:2:5: document file not found/m);
    expect(io.stderr).toMatch(/^extract: 2 of 3 expectations files not checked/m);
    expect(calls).toEqual([join(seeds, 'a.txt'), join(seeds, 'b.txt')]);
  });
  test('--reporter json: one document with the summary, the errors and every figure', async () => {
    writeYaml('good.yaml', PASSING.replace('2700', '2800'));
    writeYaml('broken.yaml', 'documents: [\n');
    const io = fakeIO(checks);
    expect(await checkCommand(['good.yaml', 'broken.yaml'], { reporter: 'json', color: false }, io, deps())).toBe(2);
    const j = JSON.parse(io.stdout) as {
      ok: boolean;
      summary: Record<string, number>;
      errors: { file: string; line: number | null; message: string }[];
      documents: { file: string; ok: boolean; figures: { pass: boolean; reason: string | null; expected: Record<string, unknown>; found: Record<string, unknown> | null }[] }[];
    };
    expect(j.ok).toBe(false);
    expect(j.summary).toMatchObject({ files: 2, figures: 2, passed: 1, failed: 1, errors: 1 });
    expect(j.errors).toEqual([expect.objectContaining({ file: 'broken.yaml', message: expect.stringMatching(/malformed YAML/) })]);
    expect(j.documents.map((d) => [d.file, d.ok])).toEqual([
      ['../../seeds/a.txt', true],
      ['../../seeds/b.txt', false],
    ]);
    const [a, b] = j.documents;
    expect(a!.figures[0]).toMatchObject({ pass: true, reason: null, expected: { indicator: 'tech_contract.value', value: 127336000000, year: 2019 } });
    expect(a!.figures[0]!.found).toMatchObject({ indicator: 'tech_contract.value', valueMax: null });
    expect(b!.figures[0]).toMatchObject({ pass: false, reason: 'value', found: null, expected: { value: 2800, qualifier: 'over' } });
  });
  test('colours in the text report only when asked', async () => {
    writeYaml('e.yaml', PASSING.replace('2700', '2800'));
    const io = fakeIO(root);
    await checkCommand(['checks/sub/e.yaml'], { reporter: 'text', color: true }, io, deps());
    expect(io.stdout).toMatch(/\u001b\[31m✗/);
  });
  test('exhaustive document with an extra record → 1', async () => {
    writeYaml('e.yaml', PASSING.replace('  - file: ../../seeds/a.txt\n', '  - file: ../../seeds/a.txt\n    exhaustive: true\n'));
    records.get(join(seeds, 'a.txt'))!.push(rec({ indicator: 'tech_contract.count', value: 21074, unit: 'count', measure: '项', line: 7 }));
    const io = fakeIO(root);
    expect(await checkCommand(['checks/sub/e.yaml'], text, io, deps())).toBe(1);
    expect(io.stdout).toContain('tech_contract.count  unexpected 21,074 项 (2019) at 7:5');
  });
});

describe('checkCommand --update', () => {
  test('added figures alone are written, summary on stderr', async () => {
    const p = writeYaml('e.yaml', '# mine\ndocuments:\n  - file: ../../seeds/a.txt\n    figures: []\n');
    const io = fakeIO(root);
    expect(await checkCommand(['checks/sub/e.yaml'], { ...text, update: true }, io, deps())).toBe(0);
    const after = readFileSync(p, 'utf8');
    expect(after).toContain('# mine');
    expect(after).toContain('- { indicator: tech_contract.value, value: 1273.36亿元, year: 2019, qualifier: exact, status: actual, unit: CNY }');
    expect(io.stderr).toBe(
      '+ seeds/a.txt  tech_contract.value  1273.36亿元 (2019, exact, actual, CNY)\n' +
        'extract: update checks/sub/e.yaml: 1 added, 0 removed, 0 changed\n' +
        'extract: wrote checks/sub/e.yaml\n',
    );
    expect(io.stdout).toBe('');
    // and now the check passes
    const io2 = fakeIO(root);
    expect(await checkCommand(['checks/sub/e.yaml'], text, io2, deps())).toBe(0);
  });
  test('a change is refused without --yes (exit 2, file untouched), written with it', async () => {
    const body = PASSING.replace('year: 2019', 'year: 2018');
    const p = writeYaml('e.yaml', body);
    const io = fakeIO(root);
    expect(await checkCommand(['checks/sub/e.yaml'], { ...text, update: true }, io, deps())).toBe(2);
    expect(readFileSync(p, 'utf8')).toBe(body);
    expect(io.stderr).toContain('~ seeds/a.txt  tech_contract.value  1273.36亿元 (2018) → 1273.36亿元: year 2018 → 2019');
    expect(io.stderr).toMatch(/1 expected figure would be removed or changed; nothing was written\. Review the changes above and re-run with --yes/);
    const io2 = fakeIO(root);
    expect(await checkCommand(['checks/sub/e.yaml'], { ...text, update: true, yes: true }, io2, deps())).toBe(0);
    expect(readFileSync(p, 'utf8')).toBe(PASSING);
    expect(existsSync(p)).toBe(true);
  });
  test('nothing changed: file not rewritten', async () => {
    const p = writeYaml('e.yaml', PASSING);
    const io = fakeIO(root);
    expect(await checkCommand(['checks/sub/e.yaml'], { ...text, update: true }, io, deps())).toBe(0);
    expect(io.stderr).toBe('extract: update checks/sub/e.yaml: no changes\n');
    expect(readFileSync(p, 'utf8')).toBe(PASSING);
  });
});
