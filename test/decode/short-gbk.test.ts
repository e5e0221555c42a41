/**
 * Tiny files are text too: a one-line GBK file is too short for the lexicon
 * to vote, and its pairs can look like two-byte UTF-8.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/decode/decode.js';
import { utf8 } from './helpers.js';

/** A GB2312 encoder for its ideographs (rows B0–F7), built from the decoder itself. */
const GB = new Map<string, [number, number]>();
const gbDecoder = new TextDecoder('gbk');
for (let lead = 0xb0; lead <= 0xf7; lead++)
  for (let trail = 0xa1; trail <= 0xfe; trail++) {
    const ch = gbDecoder.decode(new Uint8Array([lead, trail]));
    if (ch.length === 1 && ch !== '\uFFFD' && !GB.has(ch)) GB.set(ch, [lead, trail]);
  }
function gbk(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const pair = GB.get(ch);
    if (pair) out.push(...pair);
    else if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else throw new Error(`not a GB2312 ideograph: ${ch}`);
  }
  return new Uint8Array(out);
}
/** The level-1 ideographs (rows B0–D7): the common ones. */
const COMMON = [...GB.entries()].filter(([, [lead]]) => lead <= 0xd7).map(([ch]) => ch);

describe('short GBK lines', () => {
  it.each(['技术合同成交额1亿元', '技术合同成交额12亿元', '全授额发26', '请动校业项发', '效权专75', '业业全1', '院院同', '院士21人', '展业务15', '0台实验', '展2020'])(
    '%s in GBK is text, decoded as GB18030',
    (s) => {
      const d = decodeBytes(gbk(s));
      expect(d).toMatchObject({ text: s, binary: false, encoding: 'gb18030' });
    },
  );

  it('one ideograph that UTF-8 reads as a Latin sign is GBK too (陆 is ½ in UTF-8)', () => {
    expect(decodeBytes(gbk('陆')).text).toBe('陆');
    expect(decodeBytes(utf8('½ cup')).text).toBe('½ cup');
  });

  it('the 19-byte line of the issue is exactly 19 bytes and not binary', () => {
    const b = gbk('技术合同成交额1亿元');
    expect(b.length).toBe(19);
    expect(decodeBytes(b).binary).toBe(false);
  });

  // A line of one or two ideographs whose bytes are also valid UTF-8 in a single
  // alphabet (陆 is ½, 效 is Ч) is ambiguous and stays UTF-8 unless it is Latin
  // signs only; from three ideographs on, a seeded sample of lines reads back.
  it('short lines of common ideographs and digits decode back to themselves', () => {
    const ideograph = fc.constantFrom(...COMMON);
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 4 });
    const line = fc
      .tuple(fc.array(ideograph, { minLength: 3, maxLength: 12 }), digits, fc.nat(12))
      .map(([chars, num, at]) => [...chars.slice(0, at), num, ...chars.slice(at)].join(''));
    fc.assert(
      fc.property(line, (s) => {
        const d = decodeBytes(gbk(s));
        expect(d.binary).toBe(false);
        expect(d.text).toBe(s);
      }),
      { numRuns: 5000, seed: 20240614 },
    );
  });

  it('leaves real two-byte UTF-8 alone: Russian, Greek, Hebrew, accented Latin', () => {
    for (const s of ['«Привет» мир', 'Γειά σου κόσμε', 'שלום עולם', 'café naïve façade', 'π ≈ 3.14', 'мой', 'да 5']) {
      expect(decodeBytes(utf8(s))).toMatchObject({ text: s, encoding: 'utf-8', binary: false });
    }
  });

  it('still reads short UTF-8 with one bad byte as UTF-8', () => {
    const d = decodeBytes(new Uint8Array([...utf8('成交额'), 0xff, ...utf8('12')]));
    expect(d).toMatchObject({ encoding: 'utf-8', text: '成交额\uFFFD12' });
  });
});
