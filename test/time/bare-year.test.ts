/**
 * hasBareRocYear is a hand-written scan for the RegExp it replaces: it must
 * give the same answer on any text (digits, points, spaces of every kind, 年).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasBareRocYear } from '../../src/time/bare-year.js';

const RE = /(?<![\d.])(?:[89]\d|1[0-4]\d)\s*年/;
const PIECES = ['0', '1', '2', '3', '4', '5', '8', '9', '.', ' ', '\t', '\n', '\u3000', '\u00a0', '\u2009', '年', '月', 'x', '民国', '2019年'];

describe('hasBareRocYear', () => {
  it('answers as the RegExp on random texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((a) => a.join('')), (s) => hasBareRocYear(s) === RE.test(s)),
      { numRuns: 20000 },
    );
  });

  it.each([
    ['106年', true],
    ['民国 89 年', true],
    ['2019年', false],
    ['3.106年', false],
    ['150年', false],
    ['89\u3000年', true],
    ['年', false],
    ['x99年', true],
  ])('%s → %s', (s, want) => {
    expect(hasBareRocYear(s)).toBe(want);
    expect(RE.test(s)).toBe(want);
  });
});
