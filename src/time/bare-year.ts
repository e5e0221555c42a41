/**
 * Whether a text has a bare Republic-era year (`106年`, `89年`): the same
 * answer as /(?<![\d.])(?:[89]\d|1[0-4]\d)\s*年/.test(s), found from each 年
 * (a RegExp tries every digit of a text full of 2019年 and fails at each).
 * `threeDigitsOnly`: only `100年`…`149年`, which no text means as a year of
 * the first centuries AD.
 */

/** JavaScript's \s. */
function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** The character before a number's start is neither a digit nor a point (NaN, before the text, is neither). */
const freeBefore = (s: string, i: number) => i < 0 || !(isDigit(s.charCodeAt(i)) || s.charCodeAt(i) === 0x2e);

export function hasBareRocYear(s: string, threeDigitsOnly = false): boolean {
  for (let p = s.indexOf('年'); p >= 0; p = s.indexOf('年', p + 1)) {
    let e = p;
    while (e > 0 && isSpace(s.charCodeAt(e - 1))) e--;
    // e is where the number must end: two digits [89]\d, or three 1[0-4]\d.
    if (e < 2 || !isDigit(s.charCodeAt(e - 1))) continue;
    const d2 = s.charCodeAt(e - 2);
    if (!threeDigitsOnly && (d2 === 0x38 || d2 === 0x39) && freeBefore(s, e - 3)) return true;
    if (e >= 3 && d2 >= 0x30 && d2 <= 0x34 && s.charCodeAt(e - 3) === 0x31 && freeBefore(s, e - 4)) return true;
  }
  return false;
}
