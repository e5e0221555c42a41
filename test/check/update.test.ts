import { describe, expect, test } from 'vitest';
import { compareFigures } from '../../src/check/compare.js';
import { parseExpectations, type Expectations } from '../../src/check/expectations.js';
import { figureValueText, formatChanges, formatUpdateSummary, updateExpectations } from '../../src/check/update.js';
import type { IndicatorRecord } from '../../src/record/types.js';
import { KNOWN, rec } from './helpers.js';

const DOC = '/d/seeds/a.txt';

function parse(yaml: string): Expectations {
  const r = parseExpectations(yaml, '/d/checks/e.yaml', KNOWN);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.expectations;
}

function run(yaml: string, records: IndicatorRecord[], options: { all?: boolean } = {}) {
  const e = parse(yaml);
  const res = updateExpectations(yaml, e, new Map([[DOC, records]]), options);
  return res;
}

/** After an update, checking against the same records passes. */
function checksClean(text: string, records: IndicatorRecord[]): void {
  const r = compareFigures(parse(text), new Map([[DOC, records]]));
  expect(r.ok).toBe(true);
}

const value = rec({ line: 20, column: 30 });
const count = rec({ indicator: 'tech_contract.count', value: 21074, unit: 'count', measure: '项', text: '21074项', line: 20, column: 10 });
const members = rec({ indicator: 'alliance.members', value: 2700, unit: 'count', measure: '家', text: '超过2700家', qualifier: 'over', year: 2020, line: 11 });
const other = rec({ indicator: 'other', value: 5, unit: 'count', measure: '家', text: '5家', line: 12 });

const HEAD = `# top comment, kept
documents:
  - file: ../seeds/a.txt   # the document
    exhaustive: true
    figures:
      # group comment
      - { indicator: tech_contract.value, value: 1273.36亿元, year: 2019 }   # inline comment
`;

describe('updateExpectations', () => {
  test('nothing to do: text untouched', () => {
    const r = run(HEAD, [value, other]);
    expect(r.changes).toEqual([]);
    expect(r.text).toBe(HEAD);
    expect(r.needsConfirmation).toBe(false);
    expect(formatUpdateSummary('e.yaml', r)).toBe('update e.yaml: no changes');
  });
  test('added only: figures appended in document order, comments kept, no confirmation needed', () => {
    const r = run(HEAD, [value, count, members, other]);
    expect(r.added).toBe(2);
    expect(r.removed + r.changed).toBe(0);
    expect(r.needsConfirmation).toBe(false);
    expect(r.text).toContain('# top comment, kept');
    expect(r.text).toContain('# the document');
    expect(r.text).toContain('# group comment');
    expect(r.text).toContain('# inline comment');
    const lines = r.text.split('\n').filter((l) => l.includes('indicator:'));
    expect(lines.map((l) => l.trim())).toEqual([
      '- { indicator: alliance.members, value: 2700家, year: 2020, qualifier: over, status: actual, unit: count }',
      '- { indicator: tech_contract.count, value: 21074项, year: 2019, qualifier: exact, status: actual, unit: count }',
      expect.stringContaining('- { indicator: tech_contract.value, value: 1273.36亿元, year: 2019 }'),
    ]);
    expect(r.text).not.toContain('other');
    checksClean(r.text, [value, count, members, other]);
    expect(formatChanges(r.changes)).toBe(
      '+ ../seeds/a.txt  alliance.members  2700家 (2020, over, actual, count)\n' +
        '+ ../seeds/a.txt  tech_contract.count  21074项 (2019, exact, actual, count)\n',
    );
  });
  test('a changed field: confirmation needed, node updated in place', () => {
    const r = run(HEAD, [rec({ year: 2018 })]);
    expect(r.changed).toBe(1);
    expect(r.needsConfirmation).toBe(true);
    expect(r.text).toBe(HEAD.replace('year: 2019 }', 'year: 2018 }'));
    expect(formatChanges(r.changes)).toBe('~ ../seeds/a.txt  tech_contract.value  1273.36亿元 (2019) → 1273.36亿元: year 2019 → 2018\n');
    checksClean(r.text, [rec({ year: 2018 })]);
  });
  test('a changed value of the same indicator is paired, not removed and added', () => {
    const newer = rec({ value: 123736000000, text: '1237.36亿元' });
    const r = run(HEAD, [newer]);
    expect([r.added, r.removed, r.changed]).toEqual([0, 0, 1]);
    expect(r.text).toContain('value: 1237.36亿元, year: 2019 }');
    expect(formatChanges(r.changes)).toContain('~ ../seeds/a.txt  tech_contract.value  1273.36亿元 (2019) → 1237.36亿元 (2019, exact, actual, CNY)');
    checksClean(r.text, [newer]);
  });
  test('removed: the figure goes, its leading comment moves on', () => {
    const yaml = HEAD + '      # second group\n      - { indicator: patent.grants, value: 5.5万件 }\n      - { indicator: alliance.members, value: 2700, qualifier: over }\n';
    const r = run(yaml, [value, members]);
    expect([r.added, r.removed, r.changed]).toEqual([0, 1, 0]);
    expect(r.needsConfirmation).toBe(true);
    expect(r.text).not.toContain('patent.grants');
    expect(r.text).toContain('# second group');
    expect(formatChanges(r.changes)).toBe('- ../seeds/a.txt  patent.grants  5.5万件\n');
    checksClean(r.text, [value, members]);
  });
  test('an empty flow list becomes a block list', () => {
    const yaml = 'documents:\n  - file: ../seeds/a.txt\n    figures: []\n';
    const r = run(yaml, [value, count]);
    expect(r.text).toBe(
      'documents:\n  - file: ../seeds/a.txt\n    figures:\n' +
        '      - { indicator: tech_contract.count, value: 21074项, year: 2019, qualifier: exact, status: actual, unit: count }\n' +
        '      - { indicator: tech_contract.value, value: 1273.36亿元, year: 2019, qualifier: exact, status: actual, unit: CNY }\n',
    );
  });
  test('files that pin figures to lines get lines, and a repeat on another line is another figure', () => {
    const yaml = 'documents:\n  - file: ../seeds/a.txt\n    exhaustive: true\n    figures:\n      - { indicator: tech_contract.value, value: 1273.36亿元, line: 20 }\n';
    const again = rec({ line: 31 });
    const r = run(yaml, [value, again]);
    expect(r.added).toBe(1);
    expect(r.text).toContain('- { indicator: tech_contract.value, value: 1273.36亿元, year: 2019, qualifier: exact, status: actual, unit: CNY, line: 31 }');
    checksClean(r.text, [value, again]);
  });
  test('the same figure twice without lines is written once', () => {
    const yaml = 'documents:\n  - file: ../seeds/a.txt\n    figures: []\n';
    const r = run(yaml, [value, rec({ line: 31 })]);
    expect(r.added).toBe(1);
  });
  test('meta: given keys are updated', () => {
    const yaml = 'documents:\n  - file: ../seeds/a.txt\n    meta: { docDate: "2020-09-04" }\n    figures:\n      - { indicator: tech_contract.value, value: 1273.36亿元 }\n';
    const r = run(yaml, [value]);
    expect(r.changed).toBe(1);
    expect(r.text).toContain('meta: { docDate: "2020-09-03" }');
    expect(formatChanges(r.changes)).toBe('~ ../seeds/a.txt  meta.docDate  "2020-09-04" → "2020-09-03"\n');
  });
  test('edits in place: aligned comments and everything else stay byte for byte', () => {
    const yaml = [
      '# header',
      'documents:',
      '  - file: ../seeds/a.txt   # aligned',
      '    exhaustive: true',
      '    meta:',
      '      docDate: "2020-09-04"        # signature',
      '      docIssuer: \'广州市科学技术局\'   # quoted single',
      '    figures:',
      '      # group one',
      '      - { indicator: alliance.members, value: 2700, unit: count, year: 2020, qualifier: over, line: 11 }     # a',
      '      - { indicator: patent.grants, value: 5.5万件, unit: count, year: 2018, line: 15 }                 # b (removed)',
      '      # group two',
      '      - { indicator: tech_contract.value, value: 1273.36亿元, unit: CNY, year: 2019, line: 20 }          # c',
      '      - { indicator: fund.size, value: 10亿元, valueMax: 15亿元, qualifier: range, line: 40 }          # d',
      '# trailing',
      '',
    ].join('\n');
    const recs = [
      members,
      rec({ line: 20, column: 30, year: 2018 }),
      count, // line 20, column 10: new, goes before group two's comment
      rec({ indicator: 'fund.size', value: 2e9, text: '20亿元', line: 40 }),
    ];
    const r = run(yaml, recs);
    expect([r.added, r.removed, r.changed]).toEqual([1, 1, 3]);
    const expected = [
      '# header',
      'documents:',
      '  - file: ../seeds/a.txt   # aligned',
      '    exhaustive: true',
      '    meta:',
      '      docDate: "2020-09-03"        # signature',
      '      docIssuer: \'广州市科学技术局\'   # quoted single',
      '    figures:',
      '      # group one',
      '      - { indicator: alliance.members, value: 2700, unit: count, year: 2020, qualifier: over, line: 11 }     # a',
      '      - { indicator: tech_contract.count, value: 21074项, year: 2019, qualifier: exact, status: actual, unit: count, line: 20 }',
      '      # group two',
      '      - { indicator: tech_contract.value, value: 1273.36亿元, unit: CNY, year: 2018, line: 20 }          # c',
      '      - { indicator: fund.size, value: 20亿元, qualifier: exact, line: 40 }          # d',
      '# trailing',
      '',
    ].join('\n');
    expect(r.text).toBe(expected);
    checksClean(r.text, recs);
  });
  test('CRLF files keep CRLF', () => {
    const yaml = HEAD.replace(/\n/g, '\r\n');
    const r = run(yaml, [value, count]);
    // the new figure comes first (column 10 < 30), above the comment that leads the next figure
    expect(r.text).toBe(yaml.replace('      # group comment', '      - { indicator: tech_contract.count, value: 21074项, year: 2019, qualifier: exact, status: actual, unit: count }\r\n      # group comment'));
  });
  test('layouts it cannot edit in place are re-printed from the model (comments kept)', () => {
    const yaml = 'documents:\n  - file: ../seeds/a.txt   # doc\n    figures: [ { indicator: patent.grants, value: 5.5万件 } ]\n';
    const r = run(yaml, [value], { all: true });
    expect([r.added, r.removed]).toEqual([1, 1]);
    expect(r.text).toContain('# doc');
    expect(r.text).toContain('      - { indicator: tech_contract.value, value: 1273.36亿元, year: 2019, qualifier: exact, status: actual, unit: CNY }');
    checksClean(r.text, [value]);
  });
  test('a document that is not exhaustive gets figures only of the indicators it lists', () => {
    const yaml = 'documents:\n  - file: ../seeds/a.txt\n    figures:\n      - { indicator: tech_contract.value, value: 1273.36亿元, year: 2019 }\n';
    const again = rec({ value: 130000000000, text: '1300亿元', year: 2020, line: 30 });
    const r = run(yaml, [value, count, members, again]);
    expect(r.added).toBe(1);
    expect(r.changes.map((c) => c.indicator)).toEqual(['tech_contract.value']);
    expect(r.text).not.toContain('tech_contract.count');
    expect(r.text).not.toContain('alliance.members');
    checksClean(r.text, [value, count, members, again]);
  });
  test('with all, or when the document lists nothing yet, every indicator is added', () => {
    const listed = 'documents:\n  - file: ../seeds/a.txt\n    figures:\n      - { indicator: tech_contract.value, value: 1273.36亿元, year: 2019 }\n';
    expect(run(listed, [value, count, members], { all: true }).changes.map((c) => c.indicator)).toEqual(['alliance.members', 'tech_contract.count']);
    const empty = 'documents:\n  - file: ../seeds/a.txt\n    figures: []\n';
    expect(run(empty, [value, count, members]).added).toBe(3);
  });
  test('value text: measure form, else the record text, else the number', () => {
    expect(figureValueText(rec())).toEqual({ value: '1273.36亿元', carriesMax: false });
    expect(figureValueText(rec({ value: 99000, unit: 'count', measure: '万件', text: '9.9万件' })).value).toBe('9.9万件');
    expect(figureValueText(rec({ value: 99000, unit: 'count', measure: '件', text: '9.9万件' })).value).toBe('9.9万件');
    expect(figureValueText(rec({ value: 24000, unit: 'count', measure: '件', text: '超过2.4万件', qualifier: 'over' })).value).toBe('2.4万件');
    expect(figureValueText(rec({ value: 1e9, valueMax: 1.5e9, qualifier: 'range', text: '10-15亿元' }))).toEqual({ value: '10-15亿元', carriesMax: true });
    expect(figureValueText(rec({ value: 53.7, unit: 'percent', measure: '%', text: '53.7%' })).value).toBe('53.7%');
    // a record whose text does not read back to its value falls back to the number
    expect(figureValueText(rec({ value: 12, measure: '', unit: 'count', text: '十二' })).value).toBe(12);
  });
});
