/**
 * Display width of terminal text: CJK and full-width forms take two columns.
 * Mirrors string-width 4 (what cli-table3 measures with), so pre-truncated
 * cells line up with cli-table3's own layout.
 */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** Remove SGR colour codes and OSC 8 hyperlinks. */
export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

/** True for code points that occupy two terminal columns (East Asian Wide/Fullwidth). */
export function isWide(cp: number): boolean {
  return (
    cp >= 0x1100 &&
    (cp <= 0x115f ||
      cp === 0x2329 ||
      cp === 0x232a ||
      (cp >= 0x2e80 && cp <= 0x3247 && cp !== 0x303f) ||
      (cp >= 0x3250 && cp <= 0x4dbf) ||
      (cp >= 0x4e00 && cp <= 0xa4c6) ||
      (cp >= 0xa960 && cp <= 0xa97c) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe10 && cp <= 0xfe19) ||
      (cp >= 0xfe30 && cp <= 0xfe6b) ||
      (cp >= 0xff01 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1b000 && cp <= 0x1b001) ||
      (cp >= 0x1f200 && cp <= 0x1f251) ||
      (cp >= 0x20000 && cp <= 0x3fffd))
  );
}

const EMOJI = /\p{Emoji_Presentation}/u;

/** Columns one code point takes: 0 for controls and combining marks, 2 for wide, else 1. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f)) return 0;
  if (cp >= 0x300 && cp <= 0x36f) return 0;
  if (cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0xfeff) return 0;
  if (cp >= 0xfe00 && cp <= 0xfe0f) return 0;
  if (isWide(cp)) return 2;
  if (cp > 0xff && EMOJI.test(ch)) return 2;
  return 1;
}

/** Display width of a string (ANSI codes ignored). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of stripAnsi(s)) w += charWidth(ch);
  return w;
}

/** Whitespace runs (newlines, tabs) become one space, so a cell stays on one line. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Cut plain text to at most `max` columns, ending in `…` when cut.
 * Never splits a surrogate pair; a wide character that would overflow is dropped.
 */
export function truncateEnd(s: string, max: number, ellipsis = '…'): string {
  if (displayWidth(s) <= max) return s;
  if (max <= 0) return '';
  const room = max - displayWidth(ellipsis);
  if (room < 0) return '';
  let w = 0;
  let out = '';
  for (const ch of s) {
    const cw = charWidth(ch);
    if (w + cw > room) break;
    out += ch;
    w += cw;
  }
  return out + ellipsis;
}

/**
 * Cut plain text to at most `max` columns by removing its middle
 * (`000_7c649211ab158f35.txt` → `000_7c64…8f35.txt`), keeping the end, where
 * file names keep their distinguishing suffix and extension.
 */
export function truncateMiddle(s: string, max: number, ellipsis = '…'): string {
  if (displayWidth(s) <= max) return s;
  const room = max - displayWidth(ellipsis);
  if (room <= 0) return truncateEnd(s, max, ellipsis);
  const chars = [...s];
  const tailRoom = Math.ceil(room / 2);
  const headRoom = room - tailRoom;
  let head = '';
  let hw = 0;
  for (const ch of chars) {
    const cw = charWidth(ch);
    if (hw + cw > headRoom) break;
    head += ch;
    hw += cw;
  }
  let tail = '';
  let tw = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const ch = chars[i] as string;
    const cw = charWidth(ch);
    if (tw + cw > room - hw) break;
    tail = ch + tail;
    tw += cw;
  }
  return head + ellipsis + tail;
}
