/**
 * parseNumeral: Duckling-style corpus (one value, then every way of writing
 * it), malformed forms, and property tests that write integers as Chinese
 * numerals and read them back.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumeral } from '../../src/numbers/index.js';

const CORPUS: ReadonlyArray<readonly [string, ...string[]]> = [
  ['0', '0', '零', '〇'],
  ['0.5', '0.5', '零点五', '零點五', '０．５'],
  ['2', '2', '二', '两', '兩', '贰', '貳'],
  ['10', '10', '十', '一十', '拾', '壹拾'],
  ['12', '12', '十二', '一十二', '拾贰'],
  ['12.5', '12.5', '十二点五', '十二點五'],
  ['20', '二十', '两十', '贰拾'],
  ['35', '35', '三十五', '叁拾伍', '參拾伍'],
  ['110', '一百一十', '一百一', '一百十'],
  ['250', '二百五十', '两百五', '二百五'],
  ['1005', '一千零五', '1005'],
  ['1010', '一千零一十', '一千零十'],
  ['1050', '一千零五十'],
  ['1234', '1234', '1,234', '１２３４', '一千二百三十四', '壹仟贰佰叁拾肆', '1千2百3十4'],
  ['3500', '三千五百', '三千五', '3千5百', '3.5千'],
  ['10005', '一万零五', '1万零5'],
  ['10500', '一万零五百'],
  ['12000', '1.2万', '一万二千', '一万二', '1万2000', '12000', '12,000', '一萬二千'],
  ['15000', '一万五千', '一万五', '1.5万', '1万5'],
  ['34000', '3万4000', '三万四千', '3.4万'],
  ['108000', '十万八千', '10万8000'],
  ['256000', '25万6千', '二十五万六千', '256000'],
  ['1273.36', '1273.36', '1,273.36', '１２７３．３６', '一千二百七十三点三六'],
  ['125000', '十二点五万', '12.5万'],
  ['2030', '二千零三十', '2千零30'],
  ['20300000', '2千零30万', '二千零三十万', '2030万'],
  ['30000000', '3千万', '三千万', '3000万', '叁仟萬'],
  ['35000000', '3.5千万', '三千五百万'],
  ['12000000', '一千二百万', '1200万', '1,200万', '壹仟贰佰万', '一千两百万'],
  ['105000000', '一亿零五百万', '1亿零500万'],
  ['120000000', '1亿2千万', '一亿二千万', '1.2亿', '12000万', '一亿二'],
  ['150000000', '一亿五千万', '一亿五', '1.5亿'],
  ['127336000000', '1273.36亿', '1,273.36亿'],
  ['1200000000000', '1.2万亿', '一万二千亿', '1万2000亿', '12000亿'],
  ['1500000000000', '一万五千亿', '1.5万亿', '15000亿'],
  ['20000000000000', '二十万亿', '20万亿'],
  ['2000000000000', '2萬億', '两万亿', '2万亿'],
  ['10000000000000', '十万亿', '10万亿'],
  ['2020', '二〇二〇', '2020'],
  ['283', '二八三', '283'],
];

const MALFORMED = [
  '', ' ', '亿', '万', '百', '千', '万万', '亿亿', '百万', '千万', '十十', '一二', '三五', '十三五', '十四五', '四两',
  '1..2', '1.2.3', '1.', '.5', '1,2', '1,2345', '12,34', '1,234,56', '一百零', '五零', '零五', '三点', '点五', '1亿20000万',
  '3万40000', '30千', '12千', '一千零五百', '一百零十', '零十', '三千五万', '1.2万3000', '十二点五十', '2兆', '3兆元', 'abc', '1e5', '-5',
  '007', '00', '000万', '０５', '一'.repeat(100), '9'.repeat(100),
];

describe('parseNumeral corpus', () => {
  for (const [value, ...forms] of CORPUS) {
    describe(value, () => {
      it.each(forms)('%s', (form) => {
        expect(parseNumeral(form)).toBe(value);
      });
    });
  }
});

describe('parseNumeral rejects malformed numerals', () => {
  it.each(MALFORMED)('%j → null', (s) => {
    expect(parseNumeral(s)).toBeNull();
  });
});

// ---------------------------------------------------------------------------
// A numeral writer for the property tests, with 零 gaps done right.

interface Script {
  digits: readonly string[]; // 0..9
  ten: string;
  hundred: string;
  thousand: string;
  wan: string;
  yi: string;
}

const PLAIN: Script = { digits: [...'零一二三四五六七八九'], ten: '十', hundred: '百', thousand: '千', wan: '万', yi: '亿' };
const FINANCIAL: Script = { digits: [...'零壹贰叁肆伍陆柒捌玖'], ten: '拾', hundred: '佰', thousand: '仟', wan: '萬', yi: '億' };

/** 0 < n < 10^4, with 零 for each run of inner zeros; `leadingTen` writes 10–19 as 十… */
function write4(n: number, s: Script, leadingTen: boolean): string {
  const places = [s.thousand, s.hundred, s.ten, ''];
  const ds = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let started = false;
  let zero = false;
  ds.forEach((d, i) => {
    if (d === 0) {
      if (started) zero = true;
      return;
    }
    if (zero) out += s.digits[0];
    zero = false;
    if (!(leadingTen && !started && i === 2 && d === 1)) out += s.digits[d];
    out += places[i];
    started = true;
  });
  return out;
}

/** 0 < n < 10^8. */
function write8(n: number, s: Script, leadingTen: boolean): string {
  const wan = Math.floor(n / 10_000);
  const low = n % 10_000;
  let out = wan > 0 ? write4(wan, s, leadingTen) + s.wan : '';
  if (low > 0) out += (wan > 0 && low < 1000 ? s.digits[0] : '') + write4(low, s, leadingTen && wan === 0);
  return out;
}

/** Any integer 0 ≤ n < 10^16 as a Chinese numeral (`一万五千亿`, `一亿零五百万`). */
function toChineseNumeral(n: bigint, s: Script = PLAIN, leadingTen = true): string {
  if (n === 0n) return s.digits[0]!;
  const yi = Number(n / 100_000_000n);
  const rest = Number(n % 100_000_000n);
  let out = yi > 0 ? write8(yi, s, leadingTen) + s.yi : '';
  if (rest > 0) out += (yi > 0 && rest < 10_000_000 ? s.digits[0] : '') + write8(rest, s, leadingTen && yi === 0);
  return out;
}

describe('toChineseNumeral (the test generator)', () => {
  it.each([
    [0n, '零'],
    [10n, '十'],
    [12n, '十二'],
    [110n, '一百一十'],
    [1005n, '一千零五'],
    [10500n, '一万零五百'],
    [100050000n, '一亿零五万'],
    [105000000n, '一亿零五百万'],
    [1500000000000n, '一万五千亿'],
    [1000000000000n, '一万亿'],
    [20000000000000n, '二十万亿'],
    [1000500060007n, '一万零五亿零六万零七'],
  ])('%s → %s', (n, s) => {
    expect(toChineseNumeral(n)).toBe(s);
  });
});

const integers = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 13n }),
  fc.bigInt({ min: 0n, max: 100_000n }),
  // Sparse digits stress the 零 gaps: 1000500060007.
  fc.array(fc.constantFrom(0, 0, 0, 1, 5, 9), { minLength: 1, maxLength: 13 }).map((ds) => BigInt(ds.join(''))),
);

describe('property: integers written in Chinese read back exactly', () => {
  it('plain numerals (一二三 十百千 万亿)', () => {
    fc.assert(
      fc.property(integers, fc.boolean(), (n, leadingTen) => {
        expect(parseNumeral(toChineseNumeral(n, PLAIN, leadingTen))).toBe(n.toString());
      }),
      { numRuns: 2000 },
    );
  });

  it('financial capitals (壹贰叁 拾佰仟 萬億)', () => {
    fc.assert(
      fc.property(integers, (n) => {
        expect(parseNumeral(toChineseNumeral(n, FINANCIAL, false))).toBe(n.toString());
      }),
      { numRuns: 2000 },
    );
  });

  it('Arabic with thousands separators and full-width digits', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (n) => {
        const grouped = n.toLocaleString('en-US');
        const wide = n.toString().replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xff10 - 0x30));
        expect(parseNumeral(grouped)).toBe(n.toString());
        expect(parseNumeral(wide)).toBe(n.toString());
      }),
    );
  });
});
