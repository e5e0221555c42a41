import { describe, expect, it } from 'vitest';
import { decodeBytes, lexiconScore, resolveEncoding, sniffBom } from '../../src/decode/decode.js';
import { SAMPLE, TRADITIONAL, bytes, concat, fixture, utf16be, utf16le, utf8 } from './helpers.js';

describe('decodeBytes on the encoding fixtures', () => {
  const cases: [file: string, encoding: string][] = [
    ['sample.utf8.txt', 'utf-8'],
    ['sample.gb18030.txt', 'gb18030'],
    ['sample.gbk.txt', 'gb18030'],
    ['sample.utf16le-bom.txt', 'utf-16le'],
    ['sample.utf16le.txt', 'utf-16le'],
    ['sample.utf16be-bom.txt', 'utf-16be'],
    ['sample.utf8-bom-crlf.txt', 'utf-8'],
  ];
  for (const [file, encoding] of cases) {
    it(`${file} → exactly the clean text, as ${encoding}`, () => {
      const d = decodeBytes(fixture(file));
      expect(d.text).toBe(SAMPLE);
      expect(d.encoding).toBe(encoding);
      expect(d.binary).toBe(false);
      expect(d.warnings).toEqual([]);
    });
  }

  it('sample.big5.txt → the traditional text as big5, with a warning', () => {
    const d = decodeBytes(fixture('sample.big5.txt'));
    expect(d.text).toBe(TRADITIONAL);
    expect(d.encoding).toBe('big5');
    expect(d.binary).toBe(false);
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatch(/big5.*gb18030/);
  });

  it('the lexicon separates the GBK and Big5 samples (measured in the notes: 10/0 and 0/3)', () => {
    const gbk = fixture('sample.gbk.txt');
    const big5 = fixture('sample.big5.txt');
    expect(lexiconScore(new TextDecoder('gb18030').decode(gbk))).toBeGreaterThan(5);
    expect(lexiconScore(new TextDecoder('big5').decode(gbk))).toBe(0);
    expect(lexiconScore(new TextDecoder('gb18030').decode(big5))).toBe(0);
    expect(lexiconScore(new TextDecoder('big5').decode(big5))).toBeGreaterThan(5);
  });

  it('binary.bin is binary with empty text and no warning', () => {
    const d = decodeBytes(fixture('binary.bin'));
    expect(d.binary).toBe(true);
    expect(d.text).toBe('');
    expect(d.warnings).toEqual([]);
  });

  it('empty.txt is empty text, not binary', () => {
    expect(decodeBytes(fixture('empty.txt'))).toEqual({ text: '', encoding: 'utf-8', binary: false, warnings: [] });
  });
});

describe('explicit encoding', () => {
  it('wins over detection', () => {
    // Valid UTF-8 read as gbk on request gives mojibake, but it is what was asked.
    const d = decodeBytes(utf8('技术'), { encoding: 'gbk' });
    expect(d.encoding).toBe('gbk');
    expect(d.text).not.toBe('技术');
    expect(decodeBytes(fixture('sample.big5.txt'), { encoding: 'big5' })).toMatchObject({
      text: TRADITIONAL,
      encoding: 'big5',
      warnings: [],
    });
  });

  it('accepts WHATWG labels and the aliases cp936 and utf8, case-insensitively', () => {
    const gbk = fixture('sample.gbk.txt');
    for (const label of ['cp936', 'CP936', 'gbk', 'GB2312', 'x-gbk', 'gb18030', ' gbk ']) {
      expect(decodeBytes(gbk, { encoding: label }).text).toBe(SAMPLE);
    }
    expect(decodeBytes(gbk, { encoding: 'cp936' }).encoding).toBe('gbk');
    expect(decodeBytes(fixture('sample.utf8.txt'), { encoding: 'utf8' })).toMatchObject({ text: SAMPLE, encoding: 'utf-8' });
    expect(decodeBytes(fixture('sample.utf8.txt'), { encoding: 'UTF-8' }).encoding).toBe('utf-8');
    expect(resolveEncoding('GB2312')).toBe('gbk');
    expect(resolveEncoding('utf-16')).toBe('utf-16le');
  });

  it('strips a matching BOM and normalises line ends', () => {
    expect(decodeBytes(fixture('sample.utf8-bom-crlf.txt'), { encoding: 'utf-8' }).text).toBe(SAMPLE);
    expect(decodeBytes(fixture('sample.utf16le-bom.txt'), { encoding: 'utf-16le' }).text).toBe(SAMPLE);
    expect(decodeBytes(fixture('sample.utf16le.txt'), { encoding: 'utf-16le' }).text).toBe(SAMPLE);
  });

  it('warns when the BOM contradicts the requested encoding', () => {
    const d = decodeBytes(concat(bytes(0xef, 0xbb, 0xbf), utf8('abc')), { encoding: 'utf-16be' });
    expect(d.encoding).toBe('utf-16be');
    expect(d.warnings.join()).toMatch(/byte-order mark/);
  });

  it('throws on an unknown label, naming it and listing valid ones', () => {
    expect(() => decodeBytes(utf8('x'), { encoding: 'klingon' })).toThrow(/"klingon".*utf-8.*gb18030.*big5/);
    expect(() => decodeBytes(utf8('x'), { encoding: '' })).toThrow(/unknown encoding/);
    expect(() => resolveEncoding('cp1234567')).toThrow(Error);
  });

  it('is the escape hatch for text with stray NULs', () => {
    const data = utf8('技术合同成交额1273.36亿元\0，同比增长77%。');
    expect(decodeBytes(data).binary).toBe(true);
    const d = decodeBytes(data, { encoding: 'utf-8' });
    expect(d.binary).toBe(false);
    expect(d.text).toBe('技术合同成交额1273.36亿元\0，同比增长77%。');
  });
});

describe('BOMs', () => {
  it('recognises the four BOMs', () => {
    expect(sniffBom(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ encoding: 'utf-8', length: 3 });
    expect(sniffBom(bytes(0xff, 0xfe))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(sniffBom(bytes(0xfe, 0xff))).toEqual({ encoding: 'utf-16be', length: 2 });
    expect(sniffBom(bytes(0x84, 0x31, 0x95, 0x33))).toEqual({ encoding: 'gb18030', length: 4 });
    expect(sniffBom(bytes(0x84, 0x31, 0x95))).toBeNull();
    expect(sniffBom(bytes())).toBeNull();
  });

  it('strips each BOM from the text', () => {
    expect(decodeBytes(concat(bytes(0xef, 0xbb, 0xbf), utf8('技术'))).text).toBe('技术');
    expect(decodeBytes(concat(bytes(0xff, 0xfe), utf16le('技术'))).text).toBe('技术');
    expect(decodeBytes(concat(bytes(0xfe, 0xff), utf16be('技术'))).text).toBe('技术');
    const gb = fixture('sample.gb18030.txt');
    const d = decodeBytes(concat(bytes(0x84, 0x31, 0x95, 0x33), gb));
    expect(d).toMatchObject({ text: SAMPLE, encoding: 'gb18030' });
  });

  it('a BOM alone is empty text', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf))).toMatchObject({ text: '', binary: false, encoding: 'utf-8' });
    expect(decodeBytes(bytes(0xff, 0xfe))).toMatchObject({ text: '', binary: false, encoding: 'utf-16le' });
  });

  it('keeps a second U+FEFF (only the BOM is stripped)', () => {
    expect(decodeBytes(utf8('\uFEFF\uFEFFa')).text).toBe('\uFEFFa');
    expect(decodeBytes(utf8('a\uFEFFb')).text).toBe('a\uFEFFb');
  });
});

describe('UTF-16 without BOM', () => {
  it('detects LE and BE from the NUL pattern', () => {
    const text = '2019年全市技术合同成交额1273.36亿元。\n';
    expect(decodeBytes(utf16le(text))).toMatchObject({ text, encoding: 'utf-16le', binary: false });
    expect(decodeBytes(utf16be(text))).toMatchObject({ text, encoding: 'utf-16be', binary: false });
  });

  it('tolerates CJK code units U+xx00 (一) putting NULs on the other side', () => {
    const text = '一一一2019年一月，全市一共有175家联盟。\n统一口径：一、二、三。\n';
    expect(decodeBytes(utf16le(text)).text).toBe(text);
    expect(decodeBytes(utf16be(text)).text).toBe(text);
  });

  it('reads pure-ASCII UTF-16 (which is also valid UTF-8) as UTF-16', () => {
    expect(decodeBytes(utf16le('Total: 1273.36\r\n'))).toMatchObject({ text: 'Total: 1273.36\n', encoding: 'utf-16le' });
  });
});

describe('binary detection', () => {
  it('flags NULs that UTF-16 does not explain', () => {
    expect(decodeBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0)).binary).toBe(true);
    expect(decodeBytes(utf8('abc\0def')).binary).toBe(true);
  });

  it('flags a high share of control characters without NULs', () => {
    const data = new Uint8Array(2000);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7) % 31 + 1;
    expect(decodeBytes(data).binary).toBe(true);
  });

  it('does not flag tabs, form feeds, ESC or a DOS end-of-file mark', () => {
    const text = '第一页\f第二页\t1273.36亿元\x1b[0m\n'.repeat(20) + '\x1a';
    expect(decodeBytes(utf8(text))).toMatchObject({ text, binary: false });
  });
});

describe('line ends and content', () => {
  it('turns CRLF and lone CR into LF and keeps everything else', () => {
    expect(decodeBytes(utf8('a\r\nb\rc\n\r\nd\r')).text).toBe('a\nb\nc\n\nd\n');
    expect(decodeBytes(utf8('a\r\r\nb')).text).toBe('a\n\nb');
  });

  it('leaves full-width characters, U+3000 and spaces alone', () => {
    const text = '　　２０１９年　技术合同成交额１２７３．３６亿元（同比增长７７％）  \n';
    expect(decodeBytes(utf8(text)).text).toBe(text);
  });

  it('warns when more than 0.1% of characters became U+FFFD', () => {
    // Not UTF-8 and not plausible GBK/Big5: truncated UTF-8 sequences in otherwise good text.
    const good = utf8('2019年全市技术合同成交额1273.36亿元，同比增长77%。\n'.repeat(10));
    const d = decodeBytes(concat(good, bytes(0xe6, 0x8a), good));
    expect(d.encoding).toBe('utf-8');
    expect(d.binary).toBe(false);
    expect(d.warnings.some((w) => /U\+FFFD/.test(w))).toBe(true);
    expect(d.text).toContain('\uFFFD');
  });

  it('reads UTF-8 cut in the middle of a character as UTF-8, not as GB18030 mojibake', () => {
    const text = '2019年全市技术合同成交额1273.36亿元，同比增长77%。\n'.repeat(3);
    const cut = utf8(text + '技术').subarray(0, utf8(text).length + 4);
    const d = decodeBytes(cut);
    expect(d).toMatchObject({ encoding: 'utf-8', text: text + '技\uFFFD', binary: false });
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatch(/1 of .* characters .* utf-8 .*U\+FFFD/);
  });

  it('reads short UTF-8 with one bad byte as UTF-8', () => {
    const d = decodeBytes(concat(utf8('成交额'), bytes(0xff), utf8('1273.36亿元')));
    expect(d).toMatchObject({ encoding: 'utf-8', text: '成交额\uFFFD1273.36亿元' });
  });

  it('looks past a long ASCII head before judging GBK vs Big5', () => {
    const head = '<script>' + 'var x = 1;\n'.repeat(800) + '</script>\n';
    const gbk = fixture('sample.gbk.txt');
    const big5 = fixture('sample.big5.txt');
    expect(decodeBytes(concat(utf8(head), gbk))).toMatchObject({ encoding: 'gb18030', text: head + SAMPLE, warnings: [] });
    expect(decodeBytes(concat(utf8(head), big5))).toMatchObject({ encoding: 'big5', text: head + TRADITIONAL });
  });

  it('does not warn about U+FFFD below 0.1%', () => {
    const good = '2019年全市技术合同成交额1273.36亿元，同比增长77%。\n'.repeat(100);
    expect(decodeBytes(utf8(good + '\uFFFD' + good)).warnings).toEqual([]);
  });

  it('fast path: valid UTF-8 decodes like a fatal TextDecoder', () => {
    const text = '𠮷野家 2019年 €1,000 \u{1F600} 技术合同';
    expect(decodeBytes(utf8(text))).toMatchObject({ text, encoding: 'utf-8', warnings: [] });
  });

  it('decodes a view into a larger buffer (byteOffset honoured)', () => {
    const all = concat(utf8('XXXX'), utf8('技术合同'), utf8('YYYY'));
    expect(decodeBytes(all.subarray(4, all.length - 4)).text).toBe('技术合同');
  });
});

describe('declared charsets (used by readSource for HTML)', () => {
  it('prefers the declared charset for non-UTF-8 bytes', () => {
    expect(decodeBytes(fixture('sample.gbk.txt'), { declared: 'gb2312' })).toMatchObject({ text: SAMPLE, encoding: 'gbk' });
    expect(decodeBytes(fixture('sample.big5.txt'), { declared: 'big5' })).toMatchObject({ text: TRADITIONAL, warnings: [] });
  });

  it('ignores the declaration for valid UTF-8', () => {
    expect(decodeBytes(fixture('sample.utf8.txt'), { declared: 'gbk' }).encoding).toBe('utf-8');
  });

  it('overrides a clearly wrong declaration, with a warning', () => {
    const d = decodeBytes(fixture('sample.gbk.txt'), { declared: 'big5' });
    expect(d).toMatchObject({ text: SAMPLE, encoding: 'gb18030' });
    expect(d.warnings.join()).toMatch(/declared big5/);
  });

  it('warns about an unknown declared charset and carries on', () => {
    const d = decodeBytes(fixture('sample.gbk.txt'), { declared: 'x-nonsense' });
    expect(d.text).toBe(SAMPLE);
    expect(d.warnings.join()).toMatch(/x-nonsense/);
  });
});
