import { normalizeForMatching } from '../text/normalize.js';

/** Place names compare without their 省/市/区/县 suffix (`广州市` is `广州`). A module of its own: summaries use it without loading the checker (and its YAML parser). */
export function regionKey(name: string): string {
  // Records write names in simplified characters; an expectation or a filter may write 廣州.
  const s = normalizeForMatching(name.trim());
  if (s.length <= 2) return s;
  // An autonomous region or prefecture without its peoples' names too (`宁夏回族自治区`, `延边朝鲜族自治州` → 宁夏, 延边).
  const autonomous = /^(.{2,}?)(?:(?:[\u4e00-\u9fa5]{1,4}?族)+|维吾尔)?自治(?:区|州|县|旗)$/.exec(s);
  if (autonomous) return autonomous[1];
  // An autonomous prefecture by its short name and 州 (`黔东南州`, `恩施州` → 黔东南, 恩施); a city whose name ends in 州 (`广州`, `亳州市`) keeps it.
  if (s.length >= 3 && s.endsWith('州')) return s.slice(0, -1);
  return s.replace(/(?:特别行政区|自治区|自治州|省|市|区|县|地区)$/, '');
}

/** A part's label as records write it (simplified characters, no spaces): `中央財政` is `中央财政`. */
export function partKey(label: string): string {
  return normalizeForMatching(label).replace(/\s+/g, '');
}
