import { describe, expect, test } from 'vitest';
import { emptyMessage, formatTable } from '../../src/output/table.js';
import { displayWidth, truncateEnd, truncateMiddle } from '../../src/output/width.js';
import { rec } from './fixtures.js';

const ANSI = /\u001b\[/;

const records = [
  rec(),
  rec({ indicator: 'alliance.members', label: '联盟成员单位数', value: 2700, unit: 'count', measure: '家', qualifier: 'over', year: null, status: 'target', line: 3, column: 17 }),
  rec({ file: '/very/long/path/to/some/directory/广州市科学技术局关于印发某某管理办法的通知_2020.txt', indicator: 'other', label: '高新技术企业高新技术企业高新技术企业高新技术企业高新技术企业', value: 53.7, unit: 'percent', measure: '%' }),
];

describe('width', () => {
  test('CJK counts two columns', () => {
    expect(displayWidth('技术合同')).toBe(8);
    expect(displayWidth('ab技')).toBe(4);
    expect(displayWidth('\u001b[31m技\u001b[39m')).toBe(2);
    expect(displayWidth('１２３')).toBe(6);
  });
  test('truncateEnd never exceeds the width and never splits a wide char', () => {
    expect(truncateEnd('技术合同成交额达到', 10)).toBe('技术合同…');
    expect(displayWidth(truncateEnd('技术合同成交额达到', 10))).toBeLessThanOrEqual(10);
    expect(truncateEnd('abc', 10)).toBe('abc');
    expect(truncateEnd('a技b', 3)).toBe('a…');
  });
  test('truncateMiddle keeps the end', () => {
    const t = truncateMiddle('000_7c649211ab158f35.txt', 16);
    expect(displayWidth(t)).toBeLessThanOrEqual(16);
    expect(t.endsWith('.txt')).toBe(true);
    expect(t.startsWith('000_')).toBe(true);
    expect(t).toContain('…');
  });
});

describe('formatTable', () => {
  test('no ANSI codes when color=false, even with FORCE_COLOR set', () => {
    const before = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = '3';
    try {
      const out = formatTable(records, { color: false });
      expect(out).not.toMatch(ANSI);
    } finally {
      if (before === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = before;
    }
  });
  test('colours when asked', () => {
    expect(formatTable(records, { color: true })).toMatch(ANSI);
  });
  test('every line has the same display width (CJK aligned), with and without colour', () => {
    for (const color of [false, true]) {
      for (const width of [undefined, 80, 60]) {
        const out = formatTable(records, { color, width });
        const lines = out.trimEnd().split('\n');
        const widths = new Set(lines.map(displayWidth));
        expect(widths.size).toBe(1);
        if (width === 80) expect([...widths][0]).toBeLessThanOrEqual(80);
      }
    }
  });
  test('one line per record (no wrapping), header rule, content', () => {
    const out = formatTable(records, { color: false });
    expect(out.endsWith('\n')).toBe(false);
    const lines = out.split('\n');
    // top, head, rule, 3 rows, bottom
    expect(lines).toHaveLength(7);
    expect(lines[1]).toContain('Indicator');
    expect(lines[2]).toMatch(/^├/);
    expect(lines[3]).toContain('seeds/000_7c649211ab158f35.txt');
    expect(lines[3]).toContain('技术合同成交额 tech_contract.value');
    expect(lines[3]).toContain('1,273.36 亿元');
    expect(lines[3]).toContain('12:5');
    expect(lines[4]).toContain('2,700 家');
    expect(lines[4]).toMatch(/│ > │/);
    expect(lines[4]).toContain('target');
    // no width: every cell whole, the path as given
    expect(lines[5]).toContain('/very/long/path/to/some/directory/广州市科学技术局关于印发某某管理办法的通知_2020.txt');
    expect(lines[5]).toContain('53.7%');
    // at 100 columns the folders go first, the file name is cut in the middle
    const narrow = formatTable(records, { color: false, width: 100 }).split('\n');
    expect(narrow[5]).not.toContain('/very/long');
    expect(narrow[5]).toContain('…');
    expect(narrow[5]).toContain('2020.txt');
  });
  test('two files of the same name in different folders stay apart', () => {
    const two = [rec({ file: 'a/2019/report.txt' }), rec({ file: 'b/2019/report.txt' }), rec({ file: 'c/other-document-with-a-long-name.txt' })];
    const wide = formatTable(two, { color: false }).split('\n');
    expect(wide[3]).toContain('a/2019/report.txt');
    expect(wide[4]).toContain('b/2019/report.txt');
    for (const width of [120, 100, 90, 80]) {
      const out = formatTable(two, { color: false, width }).split('\n');
      const a = out[3]!.split('│')[1]!.trim();
      const b = out[4]!.split('│')[1]!.trim();
      expect(a, `width ${width}`).not.toBe(b);
      expect(a).toMatch(/^a\/.*report\.txt$/);
      expect(b).toMatch(/^b\/.*report\.txt$/);
    }
  });
  test('at 80 columns every indicator id stays whole; labels and other columns give way', () => {
    const ids = ['tech_contract.transaction_value', 'patent.high_value_per_10k_people', 'fund.leverage_ratio', 'alliance.count'];
    const many = ids.map((indicator, i) =>
      rec({ indicator, label: '每万人口高价值发明专利拥有量', file: `fixtures/holdout/0${i}_guangdong_statistics_bulletin.txt`, line: 1000 + i, column: 100 }),
    );
    for (const width of [100, 80]) {
      const out = formatTable(many, { color: false, width });
      const lines = out.split('\n');
      expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(width);
      ids.forEach((id, i) => expect(lines[3 + i], `width ${width}`).toContain(id));
      expect(out).toContain('1,273.36 亿元');
    }
    // the short ids keep (part of) their label
    expect(formatTable(many, { color: false, width: 80 }).split('\n')[6]).toMatch(/每万.*alliance\.count/);
  });
  test('records with a rule get a Rule column', () => {
    const explained = [rec({ rule: 'tech_contract.value#2' }), rec({ rule: 'tech_contract.value#1', line: 20 })];
    const out = formatTable(explained, { color: false }).split('\n');
    expect(out[1]).toMatch(/│ Rule +│$/);
    expect(out[3]).toContain('tech_contract.value#2');
    expect(formatTable([rec()], { color: false })).not.toContain('Rule');
  });
  test('values are never cut when fitting a narrow width', () => {
    const out = formatTable(records, { color: false, width: 50 });
    expect(out).toContain('1,273.36 亿元');
  });
  test('empty list → one friendly line', () => {
    expect(formatTable([], { color: false, fileCount: 5 })).toBe('No indicator figures found in 5 files. Try --all to see every figure.');
    expect(emptyMessage(1)).toBe('No indicator figures found in 1 file. Try --all to see every figure.');
  });
});
