import { describe, expect, test } from 'vitest';
import { compareFigures } from '../../src/check/compare.js';
import { parseExpectations } from '../../src/check/expectations.js';
import { figureTestName, formatJUnit, xmlAttr, xmlText } from '../../src/check/junit.js';
import { KNOWN, rec } from './helpers.js';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

function unescape(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#(\d+));/g, (_, n: string, d?: string) =>
    d ? String.fromCharCode(Number(d)) : ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[n]!,
  );
}

/** A tiny strict XML reader: well-formedness (nesting, quoting, escapes) or throw. */
function parseXml(xml: string): El {
  let i = 0;
  const fail = (m: string) => {
    throw new Error(`${m} at ${i}: ${xml.slice(i, i + 40)}`);
  };
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  const ws = () => {
    while (/\s/.test(xml[i] ?? '')) i++;
  };
  function text(): string {
    const start = i;
    while (i < xml.length && xml[i] !== '<') {
      if (xml[i] === '&' && !/^&(lt|gt|amp|quot|apos|#\d+);/.test(xml.slice(i))) fail('bad entity');
      if (xml[i] === '>') fail('raw >');
      i++;
    }
    return unescape(xml.slice(start, i));
  }
  function element(): El {
    if (xml[i] !== '<') fail('expected <');
    i++;
    const name = /^[A-Za-z_][\w.-]*/.exec(xml.slice(i))?.[0] ?? fail('name');
    i += (name as string).length;
    const attrs: Record<string, string> = {};
    for (;;) {
      ws();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return { name: name as string, attrs, children: [], text: '' };
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      const m = /^([A-Za-z_][\w.-]*)="([^"<]*)"/.exec(xml.slice(i)) ?? fail('attribute');
      const [all, k, v] = m as RegExpExecArray;
      if (k! in attrs) fail('duplicate attribute');
      if (/&(?!(lt|gt|amp|quot|apos|#\d+);)/.test(v!)) fail('bad entity in attribute');
      attrs[k!] = unescape(v!);
      i += all.length;
    }
    const children: El[] = [];
    let t = '';
    for (;;) {
      t += text();
      if (xml.startsWith('</', i)) {
        i += 2;
        if (!xml.startsWith(`${name}>`, i)) fail(`mismatched close of ${name}`);
        i += (name as string).length + 1;
        return { name: name as string, attrs, children, text: t };
      }
      children.push(element());
    }
  }
  ws();
  const root = element();
  ws();
  if (i !== xml.length) fail('trailing content');
  return root;
}

const DOC = '/d/seeds/a&b.txt';

describe('formatJUnit', () => {
  const yaml = [
    'documents:',
    '  - file: ../seeds/a&b.txt',
    '    exhaustive: true',
    '    meta: { docDate: "2020-09-03", docNumber: "x" }',
    '    figures:',
    '      - { indicator: tech_contract.value, value: 1273.36亿元, year: 2019 }',
    '      - { indicator: alliance.members, value: 2700, qualifier: over }',
    '      - { indicator: patent.grants, value: 5.5万件 }',
    '  - file: ../seeds/other.txt',
    '    figures:',
    '      - { indicator: fund.size, value: 2亿元 }',
    '',
  ].join('\n');
  const parsed = parseExpectations(yaml, '/d/checks/e.yaml', KNOWN, { displayPath: 'checks/e.yaml' });
  if (!parsed.ok) throw new Error('bad yaml');
  const records = new Map([
    [
      DOC,
      [
        rec({ text: '1273.36亿元 <"&\'>', sentence: 'x' }),
        rec({ indicator: 'alliance.members', value: 2700, unit: 'count', measure: '家', qualifier: 'exact', line: 3 }),
        rec({ indicator: 'patent.cases', value: 2172, unit: 'count', measure: '宗', line: 9, text: '2172宗\u0001' }),
      ],
    ],
    ['/d/seeds/other.txt', [rec({ indicator: 'fund.size', value: 2e8, text: '2亿元' })]],
  ]);
  const result = compareFigures(parsed.expectations, records);
  const xml = formatJUnit(result);

  test('is well-formed and has the JUnit structure', () => {
    const root = parseXml(xml);
    expect(root.name).toBe('testsuites');
    expect(root.children.map((s) => s.name)).toEqual(['testsuite', 'testsuite']);
    const [s1, s2] = root.children;
    expect(s1!.attrs.name).toBe('../seeds/a&b.txt');
    // meta.docDate, meta.docNumber, 3 figures, exhaustive
    expect(s1!.attrs.tests).toBe('6');
    expect(s1!.children.every((c) => c.name === 'testcase')).toBe(true);
    expect(s1!.children.map((c) => c.attrs.name)).toEqual([
      'meta.docNumber',
      'meta.docDate',
      'tech_contract.value = 1273.36亿元 (2019)',
      'alliance.members = 2700 (over)',
      'patent.grants = 5.5万件',
      'exhaustive: no unexpected figures',
    ]);
    expect(s1!.children.every((c) => c.attrs.classname === '../seeds/a&b.txt')).toBe(true);
    const failures = s1!.children.filter((c) => c.children.some((x) => x.name === 'failure'));
    expect(failures.map((c) => c.attrs.name)).toEqual([
      'meta.docNumber',
      'alliance.members = 2700 (over)',
      'patent.grants = 5.5万件',
      'exhaustive: no unexpected figures',
    ]);
    expect(s1!.attrs.failures).toBe('4');
    expect(root.attrs.tests).toBe('7');
    expect(root.attrs.failures).toBe('4');
    expect(s2!.attrs.failures).toBe('0');
    const f = failures[1]!.children[0]!;
    expect(f.attrs.message).toContain('qualifier exact ≠ expected over');
    expect(f.text).toContain('checks/e.yaml:7:9: alliance.members');
    expect(failures[3]!.children[0]!.text).toContain('patent.cases unexpected 2,172 宗');
  });
  test('a figure pinned to a line has the line in its name', () => {
    const p = parseExpectations('documents:\n  - file: a.txt\n    figures:\n      - { indicator: patent.pledge_financing, value: 41亿元, year: 2018, line: 19 }\n', '/d/e.yaml', KNOWN);
    if (!p.ok) throw new Error('bad');
    expect(figureTestName(p.expectations.documents[0]!.figures[0]!)).toBe('patent.pledge_financing = 41亿元 (2018, line 19)');
  });
  test('escapes', () => {
    expect(xmlText('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
    expect(xmlAttr('"x"\n\'y\'')).toBe('&quot;x&quot;&#10;&apos;y&apos;');
    expect(xmlText('a\u0001b')).toBe('a\uFFFDb');
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
  });
  test('all passing gives failures="0"', () => {
    const ok = compareFigures(parsed.expectations.documents.slice(1), records);
    const root = parseXml(formatJUnit(ok, { displayPath: (d) => d.file.replace('../', '') }));
    expect(root.attrs.failures).toBe('0');
    expect(root.children[0]!.attrs.name).toBe('seeds/other.txt');
    expect(root.children[0]!.children[0]!.children).toEqual([]);
  });
});
