/**
 * World Intellectual Property Day (26 April) has been held since 2001, so
 * `第22个世界知识产权日` is 2022: the year of an undated text that reports
 * from it (`今天是第23个世界知识产权日,…截至去年底…`).
 */
import { readNumeral } from '../numbers/numeral.js';

const IP_DAY = /第\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*个\s*[“"]?(?:4[·.]26)?\s*世界知识产权日/;

/** The year a text's `第N个世界知识产权日` falls in, or null. */
export function ipDayYear(norm: string): number | null {
  const m = IP_DAY.exec(norm);
  if (!m) return null;
  const n = Number(readNumeral(m[1]) ?? NaN);
  return Number.isInteger(n) && n >= 1 && n <= 60 ? 2000 + n : null;
}
