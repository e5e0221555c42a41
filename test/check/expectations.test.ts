import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { closest, formatConfigError, parseExpectations, type ConfigError, type Expectations } from '../../src/check/expectations.js';
import { KNOWN } from './helpers.js';

function ok(yaml: string, path = '/data/checks/expected.yaml'): Expectations {
  const r = parseExpectations(yaml, path, KNOWN);
  if (!r.ok) throw new Error(r.errors.map(formatConfigError).join('\n'));
  return r.expectations;
}

function errs(yaml: string): ConfigError[] {
  const r = parseExpectations(yaml, '/data/checks/expected.yaml', KNOWN, { displayPath: 'checks/expected.yaml' });
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function pos(text: string, needle: string): { line: number; column: number } {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`no ${needle}`);
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: (before[before.length - 1] as string).length + 1 };
}

const GOOD = `# comment
documents:
  - file: ../seeds/000_7c649211ab158f35.txt   # relative to THIS file
    exhaustive: true
    meta: { docTitle: "标题", docNumber: "穗科函〔2020〕2号", docIssuer: null, docDate: "2020-09-03" }
    figures:
      - { indicator: tech_contract.value, value: 1273.36亿元, year: 2019 }
      - { indicator: alliance.members, value: 2700, qualifier: over }
      - { indicator: patent.applications, value: 9.9万件, year: null, status: actual, unit: count }
      - { indicator: alliance.members, value: 超过2700家 }
      - { indicator: patent.grants, value: "5,500" }
      - { indicator: fund.size, value: 10亿元, valueMax: 15亿元, qualifier: range }
      - { indicator: fund.fiscal, value: 100万元, per: [家, 年], growth: 13.8, period: { from: 2017, to: 2019 }, asOf: "2019-12-31", line: 22 }
  - file: /abs/doc.txt
    figures: []
`;

describe('parseExpectations: valid files', () => {
  test('documents, paths relative to the YAML file, values in base units', () => {
    const e = ok(GOOD);
    expect(e.documents).toHaveLength(2);
    const [d0, d1] = e.documents;
    expect(d0!.file).toBe('../seeds/000_7c649211ab158f35.txt');
    expect(d0!.path).toBe('/data/seeds/000_7c649211ab158f35.txt');
    expect(d0!.exhaustive).toBe(true);
    expect(d0!.meta).toEqual({ docTitle: '标题', docNumber: '穗科函〔2020〕2号', docIssuer: null, docDate: '2020-09-03' });
    expect(d1!.path).toBe('/abs/doc.txt');
    expect(d1!.exhaustive).toBe(false);
    expect(d1!.figures).toEqual([]);
    const f = d0!.figures;
    expect(f[0]).toMatchObject({ indicator: 'tech_contract.value', value: 127336000000, valueText: '127336000000', source: '1273.36亿元', measure: '亿元', year: 2019 });
    expect(f[0]!.qualifier).toBeUndefined();
    expect(f[0]!.line).toBe(pos(GOOD, '{ indicator: tech_contract.value').line);
    expect(f[1]).toMatchObject({ value: 2700, valueText: '2700', qualifier: 'over' });
    expect(f[2]).toMatchObject({ value: 99000, year: null, status: 'actual', unit: 'count' });
    expect(f[3]).toMatchObject({ value: 2700, qualifier: 'over' });
    expect(f[4]).toMatchObject({ value: 5500, valueText: '5500' });
    expect(f[5]).toMatchObject({ value: 1000000000, valueMax: 1500000000, qualifier: 'range' });
    expect(f[6]).toMatchObject({ value: 1000000, per: ['家', '年'], growth: 13.8, period: { from: 2017, to: 2019 }, asOf: '2019-12-31', recordLine: 22 });
  });
  test('a UTF-8 BOM is fine', () => {
    expect(ok('\uFEFF' + GOOD).documents).toHaveLength(2);
  });
  test('a relative YAML path keeps documents relative to its folder', () => {
    expect(ok('documents:\n  - file: a.txt\n    figures: []\n', 'checks/e.yaml').documents[0]!.path).toBe(join('checks', 'a.txt'));
  });
  test('every fixture expectations file in the repository parses', () => {
    const root = fileURLToPath(new URL('../../fixtures', import.meta.url));
    if (!existsSync(root)) return;
    let n = 0;
    for (const dir of readdirSync(root)) {
      const d = join(root, dir);
      if (!existsSync(d) || !readdirSync(d)) continue;
      for (const f of readdirSync(d).filter((x) => x.endsWith('.yaml'))) {
        const p = join(d, f);
        const r = parseExpectations(readFileSync(p, 'utf8'), p, KNOWN);
        expect(r.ok ? [] : r.errors.map(formatConfigError)).toEqual([]);
        // documents resolve relative to the YAML file's folder
        if (r.ok) for (const doc of r.expectations.documents) expect(existsSync(doc.path), doc.path).toBe(true);
        n++;
      }
    }
    expect(n).toBeGreaterThan(0);
  });
});

describe('parseExpectations: configuration errors with line and column', () => {
  test('malformed YAML', () => {
    const y = 'documents:\n  - file: a.txt\n    figures: [ { indicator: x\n';
    const e = errs(y);
    expect(e.length).toBeGreaterThan(0);
    expect(e[0]!.file).toBe('checks/expected.yaml');
    expect(e[0]!.message).toMatch(/^malformed YAML/);
    expect(e[0]!.line).toBeGreaterThanOrEqual(3);
    expect(formatConfigError(e[0]!)).toMatch(/^checks\/expected\.yaml:\d+:\d+: malformed YAML/);
  });
  test('tabs for indentation', () => {
    const e = errs('documents:\n\t- file: a.txt\n');
    expect(e[0]!.line).toBe(2);
  });
  test('missing documents', () => {
    const e = errs('docs:\n  - file: a.txt\n');
    expect(e.map((x) => x.message).join('\n')).toMatch(/unknown key "docs".*did you mean "documents"/);
    expect(e.map((x) => x.message).join('\n')).toMatch(/missing "documents:"/);
  });
  test('not a mapping at the top', () => {
    expect(errs('- a\n- b\n')[0]!.message).toMatch(/top level/);
    expect(errs('')[0]!.message).toMatch(/top level/);
  });
  test('documents is not a list', () => {
    const y = 'documents:\n  file: a.txt\n';
    const e = errs(y);
    expect(e[0]!.message).toMatch(/must be a list/);
    expect(e[0]).toMatchObject(pos(y, 'file: a.txt'));
  });
  test('missing file and figures', () => {
    const y = 'documents:\n  - exhaustive: true\n';
    const e = errs(y);
    expect(e.map((x) => x.message)).toEqual([expect.stringMatching(/missing "file"/), expect.stringMatching(/missing "figures"/)]);
    expect(e[0]).toMatchObject({ line: 2, column: 5 });
  });
  test('figure without indicator or value', () => {
    const y = 'documents:\n  - file: a.txt\n    figures:\n      - { value: 12 }\n      - { indicator: alliance.count }\n';
    const e = errs(y);
    expect(e[0]!.message).toMatch(/figures\[0\] is missing "indicator"/);
    expect(e[0]).toMatchObject(pos(y, '{ value: 12 }'));
    expect(e[1]!.message).toMatch(/figures\[1\] \(alliance.count\) is missing "value"/);
    expect(e[1]).toMatchObject(pos(y, '{ indicator: alliance.count }'));
  });
  test('unknown indicator id: where, the closest id, the ids that exist', () => {
    const y = 'documents:\n  - file: a.txt\n    figures:\n      - { indicator: tech_contract.valu, value: 12 }\n';
    const e = errs(y);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject(pos(y, 'tech_contract.valu,'));
    expect(e[0]!.message).toMatch(/unknown indicator "tech_contract.valu" — did you mean "tech_contract.value"\?/);
    expect(e[0]!.message).toContain('tech_contract.inflow_value');
    const e2 = errs('documents:\n  - file: a.txt\n    figures:\n      - { indicator: zzz, value: 12 }\n');
    expect(e2[0]!.message).toContain('fund.fiscal');
    expect(e2[0]!.message).not.toContain('did you mean');
  });
  test('unreadable value text', () => {
    const y = 'documents:\n  - file: a.txt\n    figures:\n      - { indicator: fund.size, value: 12.3亿元元 }\n';
    const e = errs(y);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject(pos(y, '12.3亿元元'));
    expect(e[0]!.message).toMatch(/12\.3亿元元/);
    const e2 = errs('documents:\n  - file: a.txt\n    figures:\n      - { indicator: fund.size, value: 很多 }\n');
    expect(e2[0]!.message).toMatch(/cannot read value "很多"/);
    const e3 = errs('documents:\n  - file: a.txt\n    figures:\n      - { indicator: fund.size, value: [1] }\n');
    expect(e3[0]!.message).toMatch(/value must be/);
  });
  test('bad field values and unknown keys', () => {
    const y = [
      'documents:',
      '  - file: a.txt',
      '    exhaustive: yes please',
      '    meta: { docDate: 2020/09/03, author: x }',
      '    figures:',
      '      - { indicator: fund.size, value: 1亿元, qualifier: more, status: planned, year: 19, yaer: 2019 }',
      '',
    ].join('\n');
    const e = errs(y);
    const at = (needle: string) => {
      const p = pos(y, needle);
      return `${p.line}:${p.column}`;
    };
    const m = e.map((x) => `${x.line}:${x.column} ${x.message}`);
    expect(m).toEqual([
      expect.stringMatching(new RegExp(`^${at('yes please')} "exhaustive" must be true or false`)),
      expect.stringMatching(new RegExp(`^${at('2020/09/03')} "docDate" must be an ISO date`)),
      expect.stringMatching(new RegExp(`^${at('author')} unknown key "author" in "meta"`)),
      expect.stringMatching(new RegExp(`^${at('yaer')} unknown key "yaer" in a figure — did you mean "year"\\?`)),
      expect.stringMatching(new RegExp(`^${at('19,')} "year" must be a four-digit year`)),
      expect.stringMatching(new RegExp(`^${at('more')} "qualifier" must be one of exact, over, about, under, range`)),
      expect.stringMatching(new RegExp(`^${at('planned')} "status" must be one of actual, target`)),
    ]);
  });
  test('every error is reported, not just the first', () => {
    const y = 'documents:\n  - file: a.txt\n    figures:\n      - { indicator: nope, value: 1 }\n  - file: b.txt\n    figures:\n      - { indicator: fund.size, value: 1亿元元 }\n';
    expect(errs(y)).toHaveLength(2);
  });
  test('closest', () => {
    expect(closest('patent.grant', KNOWN)).toBe('patent.grants');
    expect(closest('qqqqqq', KNOWN)).toBeUndefined();
  });
});
