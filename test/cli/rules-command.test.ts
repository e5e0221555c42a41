/**
 * `extract rules test PACK...` and the checks `--rules` makes on load: a
 * pack's examples and negatives are run (exit 1 when one fails, each failure
 * named by pack line, rule and text), a broken pack is exit 2, and with
 * `--rules` a wrong example is a warning while the run goes on.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, parseNdjson, plainEnv, SLOW, tempDir } from './support.js';

const dir = tempDir('extract-rules-test-');
const env = plainEnv({ XDG_CACHE_HOME: path.join(dir, 'cache') });

function pack(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

const HEAD = ['family: trademark', 'keywords: [商标]', 'rules:', '  - id: trademark.applications', '    label: 商标注册申请量', '    unit: count', '    measures: [件]', '    match:', '      - before: "商标{g}申请"'];

const good = pack('good.yaml', [
  ...HEAD,
  '    examples:',
  '      - { text: "2022年,全市商标注册申请6.4万件。", value: 64000, year: 2022 }',
  '      - { text: "全市商标申请量超过3万件。", value: 30000, qualifier: over }',
  '    negatives:',
  '      - "专利授权5.5万件。"',
]);

const failing = pack('failing.yaml', [
  ...HEAD,
  '    examples:',
  '      - { text: "2022年,全市商标注册申请6.4万件。", value: 64000, year: 2021 }',
  '      - { text: "全市商标申请量超过3万件。", value: 30000 }',
  '    negatives:',
  '      - "专利授权5.5万件。"',
  '      - "全市商标注册申请量6.4万件。"',
]);

describe('extract rules test', () => {
  it('passes a good pack: exit 0, one summary line', async () => {
    const r = await cli(['rules', 'test', good], { env });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${good}: 2 examples, 1 negative: all pass\n`);
    expect(r.code).toBe(0);
  }, SLOW);

  it('reports a failing example and a failing negative by line, rule and text: exit 1', async () => {
    const r = await cli(['rules', 'test', failing], { env });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      `FAIL ${failing}:11: trademark.applications example "2022年,全市商标注册申请6.4万件。": year 2022, expected 2021`,
      `FAIL ${failing}:15: trademark.applications negative "全市商标注册申请量6.4万件。": gives trademark.applications = 64000, expected none`,
      `${failing}: 2 examples, 2 negatives: 2 failed`,
      '',
    ]);
  }, SLOW);

  it('says which value it found when an example gives another', async () => {
    const wrong = pack('wrong-value.yaml', [...HEAD, '    examples:', '      - { text: "全市商标注册申请6.4万件。", value: 6400 }']);
    const r = await cli(['rules', 'test', wrong], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('expected one trademark.applications = 6400, found trademark.applications = 64000');
  }, SLOW);

  it('checks the part and region an example asks for', async () => {
    const parted = pack('part.yaml', [
      ...HEAD,
      '    examples:',
      '      - { text: "全市商标注册申请6.4万件,其中企业申请5万件。", value: 50000, part: 个人 }',
      '      - { text: "全市商标注册申请6.4万件。", value: 64000, part: null, region: null }',
    ]);
    const r = await cli(['rules', 'test', parted], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('part "企业", expected "个人"');
    expect(r.stdout).toContain(`${parted}: 2 examples, 0 negatives: 1 failed`);
  }, SLOW);

  it('tests several packs; a broken one is exit 2 and the others are still tested', async () => {
    const broken = pack('broken.yaml', ['family: trademark', 'rules:', '  - id: trademark.x', '    label: x', '    unit: kg', '    match:', '      - before: "商标"']);
    const r = await cli(['rules', 'test', broken, good], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^extract: .*broken\.yaml: rules\[0\] \(trademark\.x\): unit must be one of/);
    expect(r.stdout).toBe(`${good}: 2 examples, 1 negative: all pass\n`);
    const yaml = pack('notyaml.yaml', ['family: [unclosed']);
    const y = await cli(['rules', 'test', yaml], { env });
    expect(y.code).toBe(2);
    expect(y.stderr).toMatch(/notyaml\.yaml: /);
  }, SLOW);

  it('rejects an example without text or value as a schema error', async () => {
    const bad = pack('bad-example.yaml', [...HEAD, '    examples:', '      - { value: 3 }']);
    const r = await cli(['rules', 'test', bad], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/examples\[0\]: an example is a mapping with text and value/);
  }, SLOW);
});

describe('--rules checks the examples on load', () => {
  it('warns about each wrong example and negative, naming it, and the run goes on', async () => {
    const doc = path.join(dir, 'doc.txt');
    writeFileSync(doc, '2022年,全市商标注册申请6.4万件。\n');
    const r = await cli(['--ndjson', '--rules', failing, doc], { env });
    expect(r.code).toBe(0);
    expect(parseNdjson(r.stdout).map((x) => [x.indicator, x.value])).toEqual([['trademark.applications', 64000]]);
    const warnings = r.stderr.trim().split('\n');
    expect(warnings).toEqual([
      `extract: warning: ${failing}:11: trademark.applications example "2022年,全市商标注册申请6.4万件。": year 2022, expected 2021`,
      `extract: warning: ${failing}:15: trademark.applications negative "全市商标注册申请量6.4万件。": gives trademark.applications = 64000, expected none`,
    ]);
    const quiet = await cli(['--ndjson', '-q', '--rules', failing, doc], { env });
    expect(quiet.stderr).toBe('');
  }, SLOW);
});

describe('extract rules list', () => {
  it('lists the built-in indicators and a user pack’s, as text or JSON', async () => {
    const text = await cli(['rules', 'list'], { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^\s+tech_contract\.value\s+money\s+技术合同成交额$/m);
    const json = await cli(['rules', 'list', '--json', '--rules', good], { env });
    expect(json.code).toBe(0);
    const ids = (JSON.parse(json.stdout) as { id: string }[]).map((r) => r.id);
    expect(ids).toContain('trademark.applications');
    expect(ids).toContain('patent.invention_grants');
    const missing = await cli(['rules', 'list', '--rules', path.join(dir, 'no-such-pack.yaml')], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^extract: .*no-such-pack\.yaml: cannot read rule pack/m);
  }, SLOW);
});
