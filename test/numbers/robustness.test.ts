/**
 * Odd input: scanQuantities and parseQuantity never throw, never hang, and
 * whatever they return keeps the span invariants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumeral, parseQuantity, scanQuantities } from '../../src/numbers/index.js';
import type { Quantity } from '../../src/record/types.js';
import { checkQuantity, VALUE_TEXT_RE } from './helpers.js';

/** What is wrong with the spans found (one expect per text: thousands of quantities stay fast). */
function spanProblems(text: string, found: Quantity[]): string[] {
  const problems: string[] = [];
  let end = 0;
  for (const q of found) {
    if (text.slice(q.start, q.end) !== q.text) problems.push(`slice ${q.start}-${q.end} is not ${q.text}`);
    if (q.start < end || q.end <= q.start) problems.push(`${q.start}-${q.end} overlaps or is out of order`);
    if (q.value !== Number(q.valueText) || !VALUE_TEXT_RE.test(q.valueText)) problems.push(`value ${q.valueText}`);
    end = q.end;
  }
  return problems;
}

function checkAll(text: string, found: Quantity[]): void {
  expect(spanProblems(text, found)).toEqual([]);
}

/** Pieces of the language the scanner reads, glued at random. */
const PIECES = [
  ...'0123456789０１２３４５６７８９',
  ...'零〇一二三四五六七八九十百千万亿两兩壹贰叁肆伍陆柒捌玖拾佰仟萬億兆点點',
  ...'.,，．、-—~～至到 \t\n%％',
  '元', '万元', '亿元', '美元', '港元', '新臺幣', '人民币', '项', '件', '家', '个', '台(套)', '人次', '倍', '成',
  '个百分点', '百分之', '翻番', '翻一番', '年', '月', '日', '号', '第', '届', '〔', '〕', '（', '）', '(', ')',
  '超过', '逾', '约', '近', '不超过', '最高', '以上', '以下', '左右', '上下', '多', '余', '几', '上', '数', '过',
  '高达', 'http://', 'www.', 'a', 'G', '𠀀', '\u0000', '\uD800', '\uDFFF',
];
const chunky = fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 60 });

const ARBITRARIES = {
  'fc.string()': fc.string(),
  'full Unicode (fc.string({ unit: "binary" }), formerly fc.fullUnicodeString)': fc.string({ unit: 'binary' }),
  'UTF-16 code units, lone surrogates included': fc.string({ unit: 'binary-ascii' }).map((s) => s + '\uD800' + s),
  'numerals, units and punctuation': chunky,
};

describe('property: no input makes the reader throw, and every span is sound', () => {
  for (const [name, arb] of Object.entries(ARBITRARIES)) {
    it(name, () => {
      fc.assert(
        fc.property(arb, (text) => {
          checkAll(text, scanQuantities(text));
          const q = parseQuantity(text);
          if (q !== null) {
            const t = text.trim();
            expect(q.start).toBe(0);
            expect(q.end).toBe(t.length);
            checkQuantity(t, q);
          }
          const n = parseNumeral(text);
          if (n !== null) expect(n).toMatch(/^(0|[1-9]\d*)(\.\d*[1-9])?$/);
        }),
        { numRuns: name.startsWith('numerals') ? 3000 : 500 },
      );
    });
  }

  it('a quantity scanned inside any text is found there again with the same value', () => {
    fc.assert(
      fc.property(chunky, chunky, (a, b) => {
        const found = scanQuantities(`${a}。${b}`);
        checkAll(`${a}。${b}`, found);
      }),
      { numRuns: 1000 },
    );
  });

  it('tolerates non-strings from untyped callers', () => {
    expect(scanQuantities(undefined as unknown as string)).toEqual([]);
    expect(parseQuantity(42 as unknown as string)).toBeNull();
    expect(parseNumeral(null as unknown as string)).toBeNull();
  });
});

/** A hang guard, not a benchmark: 200 KB of the worst we can think of, well under a second each. */
const ADVERSARIAL: ReadonlyArray<readonly [string, string]> = [
  ['1 × 10^5 then 亿', '1'.repeat(1e5) + '亿'],
  ['1 × 10^5 then 亿元', '1'.repeat(1e5) + '亿元'],
  ['一 × 10^5', '一'.repeat(1e5)],
  ['一 × 10^5 then 家', '一'.repeat(1e5) + '家'],
  ['"1," × 5·10^4', '1,'.repeat(5e4)],
  ['"1，" × 5·10^4 then 家', '1，'.repeat(5e4) + '家'],
  ['"1." × 5·10^4 then 元', '1.'.repeat(5e4) + '元'],
  ['"1-" × 5·10^4 then 家', '1-'.repeat(5e4) + '家'],
  ['"1亿元" × 3·10^4', '1亿元'.repeat(3e4)],
  ['"超过" × 5·10^4 then 3家', '超过'.repeat(5e4) + '3家'],
  ['"1 " × 5·10^4', '1 '.repeat(5e4)],
  ['"百分之" × 3·10^4', '百分之'.repeat(3e4)],
  ['"十多" × 5·10^4', '十多'.repeat(5e4)],
  ['"http://" × 3·10^4', 'http://'.repeat(3e4)],
  ['"万" × 10^5 then 元', '万'.repeat(1e5) + '元'],
  ['"3家-" × 3·10^4', '3家-'.repeat(3e4)],
];

/**
 * Milliseconds of CPU this process spent in f: a hang shows up here as it
 * does on the wall clock, but a busy machine (tests run in parallel) does not.
 */
function cpuMs(f: () => unknown): number {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('hang guard: 200 KB adversarial strings in well under a second', () => {
  it.each(ADVERSARIAL)('%s', (_name, text) => {
    let found: Quantity[] = [];
    const times = {
      scanQuantities: cpuMs(() => (found = scanQuantities(text))),
      parseQuantity: cpuMs(() => parseQuantity(text)),
      parseNumeral: cpuMs(() => parseNumeral(text)),
    };
    checkAll(text, found);
    for (const [name, ms] of Object.entries(times)) expect(ms, name).toBeLessThan(1000);
  });
});
