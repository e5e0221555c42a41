import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { add, compare, fromScaled, multiply, parseDecimal, pow10, shift, toScaled } from '../../src/numbers/decimal.js';

describe('decimal strings', () => {
  it.each([
    ['0', '0'],
    ['000', '0'],
    ['0012.50', '12.5'],
    ['1273.36', '1273.36'],
    ['0.050', '0.05'],
    ['7.000', '7'],
  ])('parseDecimal(%s) = %s', (s, d) => {
    expect(parseDecimal(s)).toBe(d);
  });

  it.each(['', '.5', '5.', '1..2', '1.2.3', '-1', '1e5', ' 1', '１２', '1,000'])('parseDecimal(%j) is null', (s) => {
    expect(parseDecimal(s)).toBeNull();
  });

  it.each([
    ['1273.36', 8, '127336000000'],
    ['47.264287', 8, '4726428700'],
    ['1.15', 8, '115000000'],
    ['9.9', 4, '99000'],
    ['577.3', 4, '5773000'],
    ['0.5', 4, '5000'],
    ['12', -1, '1.2'],
    ['12', -3, '0.012'],
    ['0', 8, '0'],
    ['1', 16, '10000000000000000'],
  ])('shift(%s, %i) = %s, exactly', (d, k, out) => {
    expect(shift(d, k)).toBe(out);
  });

  it('does what float multiplication gets wrong', () => {
    expect(1273.36 * 1e8).not.toBe(127336000000);
    expect(1.15 * 1e8).not.toBe(115000000);
    expect(Number(shift('1273.36', 8))).toBe(127336000000);
    expect(Number(shift('1.15', 8))).toBe(115000000);
  });

  it('adds, multiplies and compares', () => {
    expect(add('0.1', '0.2')).toBe('0.3');
    expect(add('99999999', '1')).toBe('100000000');
    expect(add('1.5', '1.5')).toBe('3');
    expect(multiply('1.25', 4)).toBe('5');
    expect(multiply('3', 0)).toBe('0');
    expect(compare('10', '9.99')).toBe(1);
    expect(compare('0.5', '0.50')).toBe(0);
    expect(compare('1000000000', '1500000000')).toBe(-1);
    expect(pow10(0)).toBe('1');
    expect(pow10(12)).toBe('1000000000000');
  });

  it('round-trips through the scaled form', () => {
    expect(toScaled('1273.36')).toEqual({ coef: 127336n, scale: 2 });
    expect(fromScaled(127336n, 2)).toBe('1273.36');
    expect(fromScaled(127336n, -8)).toBe('12733600000000');
    expect(fromScaled(5n, 3)).toBe('0.005');
    expect(fromScaled(500n, 3)).toBe('0.5');
  });

  it('property: shifting by k then -k is the identity, and shift agrees with BigInt', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), (n, scale, k) => {
        const d = fromScaled(n, scale);
        expect(shift(shift(d, k), -k)).toBe(d);
        expect(shift(fromScaled(n, 0), k)).toBe((n * 10n ** BigInt(k)).toString());
      }),
    );
  });
});
