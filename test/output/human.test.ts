import { describe, expect, test } from 'vitest';
import { groupThousands, numberToDecimal, shiftDecimal } from '../../src/output/decimal.js';
import { formatAmount, humanValue, measureAsWritten, measureExponent, qualifierSymbol } from '../../src/output/human.js';
import { rec } from './fixtures.js';

describe('decimal helpers', () => {
  test('shiftDecimal is exact', () => {
    expect(shiftDecimal('127336000000', -8)).toBe('1273.36');
    expect(shiftDecimal('99000', -4)).toBe('9.9');
    expect(shiftDecimal('1', -3)).toBe('0.001');
    expect(shiftDecimal('0.3', 1)).toBe('3');
    expect(shiftDecimal('-12.5', 2)).toBe('-1250');
    expect(shiftDecimal('000.000', 3)).toBe('0');
  });
  test('numberToDecimal expands exponents', () => {
    expect(numberToDecimal(1e21)).toBe('1000000000000000000000');
    expect(numberToDecimal(1.5e-7)).toBe('0.00000015');
    expect(numberToDecimal(-0)).toBe('0');
    expect(numberToDecimal(127336000000)).toBe('127336000000');
  });
  test('groupThousands', () => {
    expect(groupThousands('1273.36')).toBe('1,273.36');
    expect(groupThousands('-1234567.0001')).toBe('-1,234,567.0001');
    expect(groupThousands('999')).toBe('999');
  });
});

describe('humanValue', () => {
  test('money in the measure as written, exactly', () => {
    expect(humanValue(rec())).toBe('1,273.36 亿元');
    // float scaling is not exact (1273.3600000000001); the decimal shift is
    expect(127336000000 * 1e-8).not.toBe(1273.36);
    expect(humanValue(rec({ text: '', value: 1.5e21, measure: '亿元' }))).toBe('15,000,000,000,000 亿元');
    expect(humanValue(rec({ text: '', value: 2000000000000, measure: '万亿元' }))).toBe('2 万亿元');
    expect(humanValue(rec({ text: '', value: 2000000000000, measure: '億元' }))).toBe('20,000 億元');
    expect(humanValue(rec({ text: '', value: 12000000, measure: '万元' }))).toBe('1,200 万元');
    expect(humanValue(rec({ text: '', value: 12000000, measure: '千万元' }))).toBe('1.2 千万元');
    expect(humanValue(rec({ text: '', value: 165000000, measure: '亿元' }))).toBe('1.65 亿元');
    expect(humanValue(rec({ text: '', value: 500000000, unit: 'USD', measure: '亿美元' }))).toBe('5 亿美元');
    expect(humanValue(rec({ text: '', value: 0.07, measure: '元' }))).toBe('0.07 元');
  });
  test('counts', () => {
    expect(humanValue(rec({ text: '', value: 99000, unit: 'count', measure: '万件' }))).toBe('9.9 万件');
    expect(humanValue(rec({ text: '', value: 2700, unit: 'count', measure: '家' }))).toBe('2,700 家');
    expect(humanValue(rec({ text: '', value: 169000, unit: 'count', measure: '万件' }))).toBe('16.9 万件');
    expect(humanValue(rec({ text: '', value: 20.6, unit: 'count', measure: '件' }))).toBe('20.6 件');
  });
  test('percent and ratio', () => {
    expect(humanValue(rec({ text: '', value: 53.7, unit: 'percent', measure: '%' }))).toBe('53.7%');
    expect(humanValue(rec({ text: '', value: 53.7, unit: 'percent', measure: '％' }))).toBe('53.7%');
    expect(humanValue(rec({ text: '', value: 1.5, unit: 'percent', measure: '个百分点' }))).toBe('1.5 个百分点');
    expect(humanValue(rec({ text: '', value: 8.3, unit: 'ratio', measure: '倍' }))).toBe('8.3 倍');
  });
  test('ranges', () => {
    expect(humanValue(rec({ text: '', value: 1e9, valueMax: 1.5e9, qualifier: 'range' }))).toBe('10–15 亿元');
    expect(humanValue(rec({ text: '', value: 10, valueMax: 15, unit: 'percent', measure: '%' }))).toBe('10–15%');
  });
  test('empty measure falls back to the unit', () => {
    expect(formatAmount(1234, '', 'CNY')).toBe('1,234 CNY');
    expect(formatAmount(1234, '', 'count')).toBe('1,234');
    expect(formatAmount(5, '', 'percent')).toBe('5%');
  });
  test('a multiplier the reader left out of the measure is taken from the text', () => {
    expect(measureAsWritten('9.9万件', '件', 'count')).toBe('万件');
    expect(measureAsWritten('超过2.4万件', '件', 'count')).toBe('万件');
    // a measure that already starts with a multiplier is kept as given
    expect(measureAsWritten('2萬億元', '億元', 'CNY')).toBe('億元');
    expect(measureAsWritten('2700家', '家', 'count')).toBe('家');
    expect(measureAsWritten('三十五家', '家', 'count')).toBe('家');
    expect(measureAsWritten('1273.36亿元', '亿元', 'CNY')).toBe('亿元');
    expect(measureAsWritten('53.7%', '%', 'percent')).toBe('%');
    expect(humanValue({ value: 99000, unit: 'count', measure: '件', text: '9.9万件' })).toBe('9.9 万件');
    expect(humanValue({ value: 99000, unit: 'count', measure: '件' })).toBe('99,000 件');
  });
  test('measureExponent', () => {
    expect(measureExponent('亿元')).toBe(8);
    expect(measureExponent('万亿元')).toBe(12);
    expect(measureExponent('百万元')).toBe(6);
    expect(measureExponent('件')).toBe(0);
    expect(measureExponent('百分点', 'percent')).toBe(0);
  });
  test('qualifier symbols', () => {
    expect(qualifierSymbol('over')).toBe('>');
    expect(qualifierSymbol('about')).toBe('≈');
    expect(qualifierSymbol('under')).toBe('≤');
    expect(qualifierSymbol('exact')).toBe('');
    expect(qualifierSymbol('range')).toBe('');
  });
});
