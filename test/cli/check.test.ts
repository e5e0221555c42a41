/**
 * `extract check EXPECTATIONS.yaml...` end to end: the BUILT program run the
 * way CI runs it. Needs `npm run build` first (npm test does it).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANSI, ROOT, SLOW, STACK_FRAME, cli, elements, parseXml, plainEnv, tempDir, type Run } from './support.js';

const SEED0 = path.join(ROOT, 'seeds', '000_7c649211ab158f35.txt');
const EXPECTED = readdirSync(path.join(ROOT, 'fixtures', 'seeds'))
  .filter((f) => f.endsWith('.expected.yaml'))
  .sort()
  .map((f) => `fixtures/seeds/${f}`);

const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');
const noStack = (r: Run) => {
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stdout).not.toMatch(STACK_FRAME);
};

/** A YAML whose document path is relative to the YAML's own folder. */
function yamlFor(dir: string, figures: string[], file = path.relative(dir, SEED0)): string {
  return `documents:\n  - file: ${file}\n    figures:\n${figures.map((f) => `      - ${f}\n`).join('')}`;
}

const RIGHT = '{ indicator: tech_contract.value, value: 1273.36亿元, year: 2019 }';
const WRONG = '{ indicator: alliance.members, value: 2800, qualifier: over }'; // the document says 超过2700家

/** The expectations of seed 000, moved to `dir` (its file: path rewritten), with `edit` applied. */
function copyExpectations(dir: string, name: string, edit: (text: string) => string): string {
  const text = readFileSync(path.join(ROOT, 'fixtures/seeds/000_7c649211ab158f35.expected.yaml'), 'utf8');
  const moved = text.replace('file: ../../seeds/000_7c649211ab158f35.txt', `file: ${path.relative(dir, SEED0)}`);
  expect(moved).not.toBe(text);
  const out = path.join(dir, name);
  writeFileSync(out, edit(moved));
  return out;
}

describe('extract check', () => {
  let dir: string; // <tmp>/expectations/nested: the YAML lives two levels below the temp root
  let mixed: string;
  let good: string;
  let junitOut: string;
  let R: Record<
    | 'seeds'
    | 'seedsJunit'
    | 'mixed'
    | 'mixedElsewhere'
    | 'goodElsewhere'
    | 'malformed'
    | 'unknownId'
    | 'missingDoc'
    | 'junit'
    | 'junitFile'
    | 'color'
    | 'forceColor',
    Run
  >;

  beforeAll(async () => {
    const root = tempDir('extract-check-');
    dir = path.join(root, 'expectations', 'nested');
    mkdirSync(dir, { recursive: true });
    mixed = path.join(dir, 'mixed.yaml');
    writeFileSync(mixed, yamlFor(dir, [RIGHT, WRONG]));
    good = path.join(dir, 'good.yaml');
    writeFileSync(good, yamlFor(dir, [RIGHT]));
    const malformed = path.join(dir, 'malformed.yaml');
    writeFileSync(malformed, `documents:\n  - file: ${path.relative(dir, SEED0)}\n    figures:\n      - { indicator: tech_contract.value, value: 1\n  - oops: [\n`);
    const unknownId = path.join(dir, 'unknown-id.yaml');
    writeFileSync(unknownId, yamlFor(dir, [RIGHT, '{ indicator: tech_contract.valeu, value: 1273.36亿元 }']));
    const missingDoc = path.join(dir, 'missing-doc.yaml');
    writeFileSync(missingDoc, yamlFor(dir, [RIGHT], 'no-such-document.txt'));
    junitOut = path.join(root, 'report.xml');

    const elsewhere = os.tmpdir();
    const results = await Promise.all([
      cli(['check', ...EXPECTED]),
      cli(['check', ...EXPECTED, '--reporter', 'junit']),
      cli(['check', mixed]),
      // from another cwd, the YAML named relative to that cwd: the document still resolves from the YAML's folder
      cli(['check', path.relative(elsewhere, mixed)], { cwd: elsewhere }),
      cli(['check', path.relative(elsewhere, good)], { cwd: elsewhere }),
      cli(['check', malformed]),
      cli(['check', unknownId]),
      cli(['check', missingDoc]),
      cli(['check', mixed, '--reporter', 'junit']),
      cli(['check', mixed, '--reporter', 'junit', '-o', junitOut]),
      cli(['check', mixed, '--color']),
      cli(['check', mixed], { env: plainEnv({ FORCE_COLOR: '1' }) }),
    ]);
    const keys = ['seeds', 'seedsJunit', 'mixed', 'mixedElsewhere', 'goodElsewhere', 'malformed', 'unknownId', 'missingDoc', 'junit', 'junitFile', 'color', 'forceColor'] as const;
    R = Object.fromEntries(keys.map((k, i) => [k, results[i]!])) as typeof R;
  }, SLOW);

  it('every fixtures/seeds/*.expected.yaml passes: exit 0, `check: N figures, N passed, 0 failed`', () => {
    const { code, stdout } = R.seeds;
    noStack(R.seeds);
    expect(code).toBe(0);
    const m = /^check: (\d+) figures, (\d+) passed, 0 failed\b/m.exec(stdout);
    expect(m, stdout).not.toBeNull();
    expect(Number(m![1])).toBe(Number(m![2]));
    expect(Number(m![1])).toBeGreaterThanOrEqual(40);
    expect(stdout).toContain(`(${EXPECTED.length} files)`);
    expect(stdout).not.toContain('✗');
  });

  it('a wrong figure: exit 1, one line naming the file, the indicator, the expected value and what was found', () => {
    const { code, stdout } = R.mixed;
    noStack(R.mixed);
    expect(code).toBe(1);
    const failures = lines(stdout).filter((l) => l.includes('alliance.members'));
    expect(failures).toHaveLength(1);
    const line = failures[0]!;
    expect(line).toContain('000_7c649211ab158f35.txt');
    expect(line).toMatch(/expected\s+>?\s*2,?800/);
    expect(line).toMatch(/found\s+>?\s*2,?700/);
    // the correct figure is not reported as a failure
    expect(stdout).not.toMatch(/tech_contract\.value.*expected/);
    expect(stdout).toMatch(/^check: 2 figures, 1 passed, 1 failed\b/m);
    expect(R.mixed.stdout).not.toMatch(ANSI);
  });

  it('paths resolve from the YAML’s folder, not the cwd', () => {
    expect(path.relative(os.tmpdir(), dir)).not.toBe('');
    noStack(R.goodElsewhere);
    expect(R.goodElsewhere.stderr).not.toMatch(/not found/);
    expect(R.goodElsewhere.code).toBe(0);
    expect(R.goodElsewhere.stdout).toMatch(/^check: 1 figures?, 1 passed, 0 failed\b/m);
    noStack(R.mixedElsewhere);
    expect(R.mixedElsewhere.code).toBe(1);
    const line = lines(R.mixedElsewhere.stdout).find((l) => l.includes('alliance.members'));
    expect(line).toContain('000_7c649211ab158f35.txt');
    expect(line).toMatch(/found\s+>?\s*2,?700/);
  });

  it('malformed YAML: exit 2, the message has file:line:column', () => {
    noStack(R.malformed);
    expect(R.malformed.code).toBe(2);
    expect(R.malformed.stdout).toBe('');
    expect(R.malformed.stderr).toMatch(/malformed\.yaml:\d+:\d+/);
  });

  it('an unknown indicator id: exit 2, the message names it (with its place in the file)', () => {
    noStack(R.unknownId);
    expect(R.unknownId.code).toBe(2);
    expect(R.unknownId.stderr).toContain('tech_contract.valeu');
    expect(R.unknownId.stderr).toMatch(/unknown-id\.yaml:5:\d+/);
  });

  it('a document file that does not exist: exit 2, the message names it', () => {
    noStack(R.missingDoc);
    expect(R.missingDoc.code).toBe(2);
    expect(R.missingDoc.stderr).toContain('no-such-document.txt');
    expect(R.missingDoc.stdout).toBe('');
  });

  it('--reporter junit: well-formed XML on stdout, one <testcase> per figure, a <failure> for the wrong one', () => {
    const { code, stdout, stderr } = R.junit;
    noStack(R.junit);
    expect(code).toBe(1);
    expect(stdout.startsWith('<?xml')).toBe(true);
    const root = parseXml(stdout);
    expect(root.name).toBe('testsuites');
    const cases = elements(root, 'testcase');
    expect(cases).toHaveLength(2);
    const failed = cases.filter((c) => elements(c, 'failure').length > 0);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.attrs.name).toContain('alliance.members');
    expect(elements(failed[0]!, 'failure')[0]!.attrs.message).toMatch(/2,?800/);
    const passed = cases.find((c) => c !== failed[0])!;
    expect(passed.attrs.name).toContain('tech_contract.value');
    expect(elements(root, 'failure')).toHaveLength(1);
    expect(root.attrs.failures).toBe('1');
    // the human report goes to stderr, not into the XML
    expect(stderr).toMatch(/check: 2 figures, 1 passed, 1 failed/);
  });

  it('--reporter junit over the seeds: well-formed, no failures', () => {
    noStack(R.seedsJunit);
    expect(R.seedsJunit.code).toBe(0);
    const root = parseXml(R.seedsJunit.stdout);
    expect(elements(root, 'testsuite')).toHaveLength(EXPECTED.length);
    expect(elements(root, 'failure')).toHaveLength(0);
    // every figure of the expectations files has its testcase (plus meta and exhaustive cases)
    const figures = EXPECTED.map((f) => readFileSync(path.join(ROOT, f), 'utf8').match(/^\s*- \{ indicator:/gm)?.length ?? 0).reduce((a, b) => a + b, 0);
    const figureCases = elements(root, 'testcase').filter((c) => / = /.test(c.attrs.name ?? ''));
    expect(figureCases).toHaveLength(figures);
  });

  it('--reporter junit -o FILE writes the XML to FILE (and not to stdout)', () => {
    noStack(R.junitFile);
    expect(R.junitFile.code).toBe(1);
    expect(existsSync(junitOut), `${junitOut} was not written`).toBe(true);
    const root = parseXml(readFileSync(junitOut, 'utf8'));
    expect(elements(root, 'testcase')).toHaveLength(2);
    expect(elements(root, 'failure')).toHaveLength(1);
    expect(R.junitFile.stdout).not.toContain('<?xml');
  });

  it('colours: none when piped; FORCE_COLOR=1 turns them on', () => {
    expect(R.mixed.stdout).not.toMatch(ANSI);
    expect(R.mixed.stderr).not.toMatch(ANSI);
    expect(R.forceColor.code).toBe(1);
    expect(R.forceColor.stdout).toMatch(ANSI);
  });

  it('colours: --color forces them even when piped', () => {
    expect(R.color.code).toBe(1);
    expect(R.color.stderr).toBe('');
    expect(R.color.stdout).toMatch(ANSI);
  });
});

describe('extract check --update', () => {
  let added: { before: string; after: string; check0: Run; update: Run; check1: Run };
  let changed: { before: string; refused: Run; afterRefusal: string; applied: Run; after: string; check1: Run };

  beforeAll(async () => {
    const dir = path.join(tempDir('extract-update-'), 'exp');
    mkdirSync(dir);
    // a: tech_contract.value 1273.36亿元 removed from an exhaustive expectations file
    const a = copyExpectations(dir, 'removed.yaml', (t) => {
      const out = t.replace(/^.*indicator: tech_contract\.value, value: 1273\.36亿元.*\n/m, '');
      expect(out).not.toBe(t);
      return out;
    });
    // b: alliance.members 2700 changed to 2800
    const b = copyExpectations(dir, 'wrong.yaml', (t) => {
      const out = t.replace('indicator: alliance.members, value: 2700,', 'indicator: alliance.members, value: 2800,');
      expect(out).not.toBe(t);
      return out;
    });

    const runA = async () => {
      const before = readFileSync(a, 'utf8');
      const check0 = await cli(['check', a]);
      const update = await cli(['check', a, '--update']);
      const after = readFileSync(a, 'utf8');
      const check1 = await cli(['check', a]);
      return { before, after, check0, update, check1 };
    };
    const runB = async () => {
      const before = readFileSync(b, 'utf8');
      const refused = await cli(['check', b, '--update']);
      const afterRefusal = readFileSync(b, 'utf8');
      const applied = await cli(['check', b, '--update', '--yes']);
      const after = readFileSync(b, 'utf8');
      const check1 = await cli(['check', b]);
      return { before, refused, afterRefusal, applied, after, check1 };
    };
    [added, changed] = await Promise.all([runA(), runB()]);
  }, SLOW);

  it('a removed figure is added back, the change reported on stderr', () => {
    // before: the exhaustive document has an unexpected figure
    expect(added.check0.code).toBe(1);
    expect(added.check0.stdout).toMatch(/tech_contract\.value.*unexpected/);

    noStack(added.update);
    expect(added.update.code).toBe(0);
    expect(added.update.stdout).toBe('');
    const report = lines(added.update.stderr);
    expect(report.some((l) => l.includes('tech_contract.value') && /1,?273\.36/.test(l))).toBe(true);
    expect(added.update.stderr).toMatch(/1 added/);

    // the figure is back, everything else (comments included) untouched
    const beforeLines = added.before.split('\n');
    const afterLines = added.after.split('\n');
    expect(afterLines.length).toBe(beforeLines.length + 1);
    for (const l of beforeLines) expect(afterLines).toContain(l);
    const addedLine = afterLines.find((l) => !beforeLines.includes(l))!;
    expect(addedLine).toMatch(/indicator: tech_contract\.value/);
    expect(addedLine).toMatch(/1273\.36亿元|127336000000/);

    expect(added.check1.code).toBe(0);
    expect(added.check1.stdout).toMatch(/0 failed/);
  });

  it('a wrong figure: refused without --yes (exit 2, file unchanged), applied with --yes', () => {
    noStack(changed.refused);
    expect(changed.refused.code).toBe(2);
    expect(changed.afterRefusal).toBe(changed.before);
    expect(changed.refused.stderr).toContain('alliance.members');
    expect(changed.refused.stderr).toContain('--yes');

    noStack(changed.applied);
    expect(changed.applied.code).toBe(0);
    expect(changed.after).not.toBe(changed.before);
    expect(changed.after).not.toMatch(/indicator: alliance\.members, value: 2800\b/);
    expect(changed.after).toMatch(/indicator: alliance\.members, value: 2700/);
    expect(changed.check1.code).toBe(0);
  });
});
