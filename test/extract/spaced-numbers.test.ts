/**
 * Numbers written with spaces, as typeset and PDF-copied texts print them:
 * groups of three digits (`20 315项`, `121 406件`, `1 273.36亿元`) and a
 * decimal point with a space after or around it (`58. 71亿元`, `632 . 21 亿元`).
 * Each is read whole, and only before a unit. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const values = (text: string) => indicators(text).map((r) => [r.indicator, r.value, r.text]);

describe('numbers written with spaces', () => {
  it('reads groups of three digits apart as one number', () => {
    expect(values('2022年,全省登记技术合同31 208项,成交额1 043.6亿元。')).toEqual([
      ['tech_contract.count', 31208, '31 208项'],
      ['tech_contract.value', 104360000000, '1 043.6亿元'],
    ]);
    expect(values('2022年全省专利授权量214 563件。')).toEqual([['patent.grants', 214563, '214 563件']]);
  });
  it('reads a decimal point with a space after it or around it', () => {
    expect(values('2022年,全市技术合同成交额46. 82亿元。')).toEqual([['tech_contract.value', 4682000000, '46. 82亿元']]);
    expect(values('2022年,全市技术合同成交额315 . 07 亿元。')).toEqual([['tech_contract.value', 31507000000, '315 . 07 亿元']]);
  });
  it('never joins numbers that are apart (a year before a count, a group of two digits), nor reads the tail alone', () => {
    expect(values('2022年全省专利授权量 2022 563件。')).toEqual([]);
    expect(values('2022年全省专利授权量12 56件。').map((r) => r[1])).toEqual([]);
  });
});
