/**
 * How the report writes values and sentences: the CLI's human numbers
 * (`1,273.36 亿元`, src/output/human.ts) with the qualifier in words, and the
 * figure marked inside its sentence.
 */
import { regionKey } from '../check/region-key.js';
import { humanValue } from '../output/human.js';
import type { Qualifier } from '../record/types.js';
import { esc } from './escape.js';

const QUALIFIER_WORDS: Partial<Record<Qualifier, string>> = { over: '超过 ', about: '约 ', under: '不超过 ' };

/** `超过 960 亿元`, `1,273.36 亿元`, `10–15 亿元`. */
export function valueLabel(v: { value: number; valueMax?: number; qualifier: Qualifier; measure: string; text: string }, unit: string): string {
  return (QUALIFIER_WORDS[v.qualifier] ?? '') + humanValue({ ...v, unit });
}

/** The sentence as HTML with the figure's text in <mark> (the first occurrence; none when a shortened sentence lacks it). */
export function markedSentence(sentence: string, text: string): string {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return esc(sentence);
  return `${esc(sentence.slice(0, at))}<mark>${esc(text)}</mark>${esc(sentence.slice(at + text.length))}`;
}

/** `江州市 · 目标 · 技术开发合同 · 1期`: what tells a series (or a table line) apart. */
export function seriesLabel(s: { region: string | null; status: string; part: string | null; phase: number | null }): string {
  return [s.region ?? '(地区不详)', s.status === 'target' ? '目标' : null, s.part, s.phase === null ? null : `${s.phase}期`].filter(Boolean).join(' · ');
}

/** The key regions are filtered by (`广州` for 广州市), '' for none. */
export const regionFilterKey = (region: string | null) => (region ? regionKey(region) : '');
