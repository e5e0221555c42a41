import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/inputs.js';
import { fnv1a32, inShard, parseShard } from '../../src/cli/shard.js';

describe('parseShard', () => {
  it('parses i/n', () => {
    expect(parseShard('0/1')).toEqual({ index: 0, count: 1 });
    expect(parseShard('3/4')).toEqual({ index: 3, count: 4 });
    expect(parseShard(' 2 / 5 ')).toEqual({ index: 2, count: 5 });
    expect(parseShard('07/10')).toEqual({ index: 7, count: 10 });
  });

  it('rejects anything else with a message naming the input', () => {
    for (const bad of ['4/4', '5/4', '1/0', '0/0', '-1/4', '1/-4', 'a/b', '1', '', '1/2/3', '1.5/4', '0x1/4', '1/99999999999']) {
      expect(() => parseShard(bad), bad).toThrow(`"${bad}"`);
    }
    expect(() => parseShard('4/4')).toThrow(/0-based.*below 4/);
    expect(() => parseShard('x')).toThrow(/i\/n/);
  });
});

/**
 * Any code point or lone surrogate. (fast-check's `unit: 'binary'` costs ~2.5 s
 * of set-up on this machine, so code points are drawn directly.)
 */
const anyCodeUnitOrPoint = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.constantFrom('a', 'é', '技', 'ｚ', '𝟘'),
);

describe('fnv1a32', () => {
  it('matches the reference vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('hashes the UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodeUnitOrPoint, maxLength: 30 }), (s) => {
        let h = 0x811c9dc5;
        for (const b of Buffer.from(s, 'utf8')) h = Math.imul(h ^ b, 0x01000193) >>> 0;
        expect(fnv1a32(s)).toBe(h);
      }),
      { numRuns: 200 },
    );
  });
});

describe('inShard', () => {
  it('puts every path in exactly one shard', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 40 }), { maxLength: 50 }), fc.integer({ min: 1, max: 20 }), (paths, n) => {
        const shards = Array.from({ length: n }, (_, index) => paths.filter((p) => inShard(p, { index, count: n })));
        expect(shards.reduce((k, s) => k + s.length, 0)).toBe(paths.length);
        expect(new Set(shards.flat())).toEqual(new Set(paths));
      }),
    );
  });

  it('is stable: pinned hashes and shards (a change would reshuffle every user\'s shards)', () => {
    // Hashes computed once with an independent reference (Buffer bytes, Math.imul).
    expect(fnv1a32('seeds/000_7c649211ab158f35.txt')).toBe(0xf9b7f697);
    expect(fnv1a32('tree/文件.txt')).toBe(0x88f226d6);
    expect(fnv1a32('a.txt')).toBe(0xe3bf6dfa);
    expect(inShard('seeds/000_7c649211ab158f35.txt', { index: 3, count: 4 })).toBe(true);
    expect(inShard('tree/文件.txt', { index: 2, count: 4 })).toBe(true);
    expect(inShard('a.txt', { index: 2, count: 4 })).toBe(true);
    expect(inShard('a.txt', { index: 0xe3bf6dfa % 7, count: 7 })).toBe(true);
  });

  it('adding files does not move the others', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.array(fc.string()), fc.integer({ min: 1, max: 16 }), (before, added, n) => {
        const assign = (list: string[]) => new Map(list.map((p) => [p, fnv1a32(p) % n]));
        const a = assign(before);
        const b = assign([...added, ...before]);
        for (const p of before) expect(b.get(p)).toBe(a.get(p));
      }),
    );
  });

  it('spreads paths evenly', () => {
    const n = 8;
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < 20000; i++) {
      const p = `seeds/${String(i).padStart(6, '0')}_doc.txt`;
      counts[[...counts.keys()].find((index) => inShard(p, { index, count: n }))!]++;
    }
    for (const c of counts) expect(Math.abs(c - 2500)).toBeLessThan(250);
  });

  it('the fixture tree split 3 ways: disjoint shards whose union is the whole', async () => {
    const cwd = fileURLToPath(new URL('../../fixtures/inputs/', import.meta.url));
    const all: string[] = [];
    for await (const item of expandInputs(['tree'], { cwd, readStdin: async () => new Uint8Array() })) all.push(item.display);
    const shards = [0, 1, 2].map((index) => all.filter((d) => inShard(d, { index, count: 3 })));
    expect(shards.flat().sort()).toEqual([...all].sort());
    expect(new Set(shards.flat()).size).toBe(all.length);
  });
});
