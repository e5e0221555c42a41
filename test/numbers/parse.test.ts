import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/numbers/index.js';
import { summary, x } from './helpers.js';

describe('parseQuantity: the whole string as one quantity', () => {
  it.each([
    ['1273.36亿元', x('127336000000', 'CNY', '亿元')],
    ['超过2700家', x('2700', 'count', '家', 'over')],
    ['9.9万件', x('99000', 'count', '件')],
    ['53.7%', x('53.7', 'percent', '%')],
    ['8.3倍', x('8.3', 'ratio', '倍')],
    ['  577.3余万元 ', x('5773000', 'CNY', '万元', 'over')],
    ['20亿港元', x('2000000000', 'HKD', '亿港元')],
    ['10-15亿元', x('1000000000', 'CNY', '亿元', 'range', '1500000000')],
    ['一千二百万元', x('12000000', 'CNY', '万元')],
    ['1个', x('1', 'count', '个')],
  ])('%j', (s, e) => {
    const q = parseQuantity(s);
    expect(q).not.toBeNull();
    expect(summary(q!)).toMatchObject(e);
    expect(q!.text).toBe(s.trim());
  });

  it.each([
    '', '   ', '1273.36', '一千二百万', '亿元', '2019年', '9.9万件和5.5万件', '共9.9万件', '9.9万件。', '一项', '穗科函〔2020〕2号',
    '1..2亿元', '万万', '第3家',
  ])('%j → null', (s) => {
    expect(parseQuantity(s)).toBeNull();
  });
});
