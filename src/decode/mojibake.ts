/**
 * Signs of a wrong decoding, for the choice between candidate encodings when
 * a text is too short to hold a common word (a one-line GBK file).
 */

/** U+FFFD and control characters (tab, LF, VT, FF, CR and ESC excepted): what a wrong decoding leaves. */
export function faultCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && (c < 0x09 || (c > 0x0d && c !== 0x1b))) || (c >= 0x7f && c <= 0x9f)) n++;
  }
  return n;
}

/** How many leading bytes mostlyUtf8 looks at (the decoder's sample). */
const UTF8_SAMPLE = 64 * 1024;

/**
 * Whether bytes that fail strict UTF-8 are still mostly UTF-8 (a corrupt byte,
 * a file cut in the middle of a character): well-formed multi-byte sequences
 * outnumber stray high bytes at least 2:1, and at least one of them is three
 * or four bytes long (every CJK character is). GBK text gives about 1:5, and
 * what is well-formed in it is mostly lead C2–DF with trail 80–BF pairs: a
 * tiny GBK line (`效权专`, six bytes) can be nothing but such pairs, so two-byte
 * sequences alone are no evidence. Scans the first SAMPLE bytes, stopping
 * once the answer is clear.
 */
export function mostlyUtf8(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, UTF8_SAMPLE);
  let valid = 0;
  let long = 0;
  let invalid = 0;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 1;
    if (i + len > n) break; // cut at the end of the data or of the sample: no evidence
    let ok = len > 1;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      if (len > 2) long++;
      i += len;
    } else {
      invalid++;
      i++;
    }
    if (invalid >= 32 && valid < 2 * invalid) return false;
    if (valid >= 256 && long > 0 && valid >= 64 * invalid) return true;
  }
  return valid >= 2 && long > 0 && valid >= 2 * invalid;
}

/** How many leading bytes the GBK-in-disguise check looks at. */
const SAMPLE = 4096;

/** The script block of a code point below U+0800 (what a two-byte UTF-8 sequence decodes to). */
function block(cp: number): number {
  if (cp < 0x250) return 0; // Latin-1 Supplement, Latin Extended-A/B
  if (cp < 0x370) return 1; // IPA, spacing modifiers, combining marks
  if (cp < 0x400) return 2; // Greek
  if (cp < 0x530) return 3; // Cyrillic
  if (cp < 0x590) return 4; // Armenian
  if (cp < 0x600) return 5; // Hebrew
  return 6; // Arabic, Syriac, Thaana, NKo
}

/**
 * Whether valid UTF-8 is really GBK: a short GBK line can consist only of
 * pairs that happen to be well-formed two-byte UTF-8 (`效权专` is D0A7 C8A8
 * D7A8, which UTF-8 reads as `ЧȨר`). Taken as GBK when the bytes hold no
 * UTF-8 sequence of three or more bytes (no CJK character as UTF-8), every
 * pair is a common GB2312 ideograph (trail byte A1–BF; UTF-8 leads C2–DF are
 * all ideograph rows), and the UTF-8 reading is no text: it mixes unrelated
 * scripts (Cyrillic next to Hebrew next to Latin Extended), or, with no ASCII
 * letter anywhere, it is Latin signs and accented letters (`½`, `Ȩ`) or single
 * letters between digits (`չ2020` for `展2020`).
 * Russian or Greek text stays UTF-8 (р–я, D1 80–8F, and π, CF 80, are not
 * GB2312 pairs; мой is one script); so does `café`.
 */
export function gbkInDisguise(bytes: Uint8Array, decode: (encoding: string, b: Uint8Array) => string): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let pairs = 0;
  let asciiLetter = false;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) asciiLetter = true;
      continue;
    }
    if (b >= 0xe0) return false;
    if (i + 1 < n && bytes[i + 1]! < 0xa1) return false;
    pairs++;
    i++;
  }
  if (pairs === 0) return false;
  const blocks = new Set<number>();
  for (const ch of decode('utf-8', bytes.subarray(0, n))) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80) blocks.add(block(cp));
  }
  if (blocks.size >= 2) return true;
  if (asciiLetter) return false;
  // Latin signs without a Latin letter (`½5`), or letters of an alphabet that
  // never touch each other (`չ2020`): no text in those scripts looks so.
  return blocks.has(0) || blocks.has(1) || pairs === isolatedPairs(bytes, n);
}

/** Two-byte sequences with no other non-ASCII byte right before or after them. */
function isolatedPairs(bytes: Uint8Array, n: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i]! < 0x80) continue;
    const before = i === 0 || bytes[i - 1]! < 0x80;
    const after = i + 2 >= n || bytes[i + 2]! < 0x80;
    if (before && after) k++;
    i++;
  }
  return k;
}
