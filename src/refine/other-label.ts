/**
 * The subject words a figure counts, for figures no rule classifies
 * (`indicator: "other"`): `全市高新技术企业总量达到1836家` → `高新技术企业`.
 * Cue: `other_label_tail` (verbs and scope words stripped from the end).
 */
import type { Cues } from '../rules/cues.js';

export function subjectWords(clause: string, after: string, cues: Cues): string {
  let s = clause;
  const cut = Math.max(s.lastIndexOf('\uE000'), s.lastIndexOf('、'), s.lastIndexOf('('));
  if (cut >= 0) s = s.slice(cut + 1);
  s = s.replace(cues.re.other_label_tail, '');
  s = s.replace(/^.*(?:的|了|在|对|于|与|和|及|其中|全市|全省|全区|我市|我省|各类|各级)/, '');
  if (s.length > 12) s = s.slice(-12);
  if (!s) {
    const m = /^(?:的)?([^\uE000,;。、()的]{1,12})/.exec(after);
    if (m) s = m[1];
  }
  return s.trim();
}
