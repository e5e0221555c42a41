/** Place names compare without their 省/市/区/县 suffix (`广州市` is `广州`). A module of its own: summaries use it without loading the checker (and its YAML parser). */
export function regionKey(name: string): string {
  const s = name.trim();
  return s.length > 2 ? s.replace(/(?:特别行政区|自治区|自治州|省|市|区|县|地区)$/, '') : s;
}
