import { describe, expect, it } from 'vitest';
import { agree, type Stated } from '../../src/summary/interval.js';

const yi = (value: number, text: string, qualifier: Stated['qualifier'] = 'exact'): Stated => ({ value, qualifier, unit: 'CNY', measure: '亿元', text });

describe('agree: which stated values can be one quantity', () => {
  it('the same exact value agrees; a different one does not', () => {
    expect(agree(yi(70318000000, '703.18亿元'), yi(70318000000, '703.18亿元'))).toBe(true);
    expect(agree(yi(86590000000, '865.9亿元'), yi(85690000000, '856.9亿元'))).toBe(false);
  });

  it('an exact value agrees with itself rounded to the digits written, not beyond', () => {
    expect(agree(yi(127300000000, '1273亿元'), yi(127336000000, '1273.36亿元'))).toBe(true);
    expect(agree(yi(127400000000, '1274亿元'), yi(127336000000, '1273.36亿元'))).toBe(false);
    // 9.9万件 covers [98500, 99500)
    const count = (value: number, text: string, measure = '件'): Stated => ({ value, qualifier: 'exact', unit: 'count', measure, text });
    expect(agree(count(99000, '9.9万件', '万件'), count(99213, '99213件'))).toBe(true);
    expect(agree(count(99000, '9.9万件', '万件'), count(99500, '99500件'))).toBe(false);
    expect(agree(count(99000, '9.9万件', '万件'), count(98500, '98500件'))).toBe(true);
  });

  it('neighbouring counts never agree (27 and 28 meet only at 27.5, which rounds to 28)', () => {
    const n = (v: number): Stated => ({ value: v, qualifier: 'exact', unit: 'count', measure: '个', text: `${v}个` });
    expect(agree(n(27), n(28))).toBe(false);
  });

  it('a lower bound agrees with any value at or above it', () => {
    expect(agree(yi(96000000000, '超过960亿元', 'over'), yi(96230000000, '962.3亿元'))).toBe(true);
    expect(agree(yi(96000000000, '超过960亿元', 'over'), yi(95800000000, '958亿元'))).toBe(false);
    expect(agree(yi(40000000000, '突破400亿元', 'over'), yi(45000000000, '超过450亿元', 'over'))).toBe(true);
  });

  it('an upper bound, an about (±5%) and a range', () => {
    expect(agree(yi(10000000, '不超过0.1亿元', 'under'), yi(9000000, '0.09亿元'))).toBe(true);
    expect(agree(yi(10000000, '不超过0.1亿元', 'under'), yi(11000000, '0.11亿元'))).toBe(false);
    expect(agree(yi(50000000000, '近500亿元', 'about'), yi(48600000000, '486亿元'))).toBe(true);
    expect(agree(yi(50000000000, '约500亿元', 'about'), yi(46000000000, '460亿元'))).toBe(false);
    const range: Stated = { value: 1000000000, valueMax: 1500000000, qualifier: 'range', unit: 'CNY', measure: '亿元', text: '10-15亿元' };
    expect(agree(range, yi(1200000000, '12亿元'))).toBe(true);
    expect(agree(range, yi(1600000000, '16亿元'))).toBe(false);
    expect(agree(yi(50000000000, '超过500亿元', 'over'), yi(40000000000, '不超过400亿元', 'under'))).toBe(false);
  });

  it('decimal precision is exact (no float rounding at the edge)', () => {
    const pct = (value: number, text: string): Stated => ({ value, qualifier: 'exact', unit: 'percent', measure: '%', text });
    // 20.6 stands for [20.55, 20.65): 20.65 rounds to 20.7, 20.55 to 20.6
    expect(agree(pct(20.6, '20.6%'), pct(20.65, '20.65%'))).toBe(false);
    expect(agree(pct(20.6, '20.6%'), pct(20.55, '20.55%'))).toBe(true);
  });
});
