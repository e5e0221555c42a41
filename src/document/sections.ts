/**
 * Section headings (`一、2022年工作回顾`, `（二）2023年工作安排`): a heading
 * with a year sets the time of the paragraphs under it until the next heading
 * of the same or a higher level; a heading about plans (计划, 安排, 目标,
 * 下一步) makes the figures under it goals.
 */
import { findTimes, type TimeExpr } from '../time/expressions.js';
import type { Cues } from '../rules/cues.js';
import type { DocStructure } from './structure.js';
import { firstAtOrAfter } from './search.js';

export interface Heading {
  start: number;
  level: number;
  time: TimeExpr | null;
  plan: boolean;
  /** A heading about what was done (`二、过去五年工作回顾`, cue `past_section`). */
  past: boolean;
}

const MARKERS: [RegExp, number][] = [
  [/^[ \t]*第[一二三四五六七八九十\d]+(?:章|部分|篇)/, 0],
  [/^[ \t]*[一二三四五六七八九十]+[、.]/, 1],
  [/^[ \t]*\([一二三四五六七八九十]+\)/, 2],
  [/^[ \t]*\d{1,2}[.、](?!\d)/, 3],
];
/** The characters a heading marker can start with. */
const MARKER_START = new Set([...' \t第一二三四五六七八九十(0123456789'].map((c) => c.charCodeAt(0)));
export function findHeadings(doc: DocStructure, docYear: number | null, docDate: string | null, roc: boolean, cues: Cues): Heading[] {
  const PLAN = cues.re.plan_section;
  const PAST = cues.re.past_section;
  const out: Heading[] = [];
  for (const start of doc.paragraphStarts) {
    const nl = doc.norm.indexOf('\n', start);
    const lineEnd = nl < 0 ? doc.norm.length : nl;
    if (!MARKER_START.has(doc.norm.charCodeAt(start)) && doc.norm.charCodeAt(lineEnd - 1) !== 0x3a) continue;
    const line = doc.norm.slice(start, nl < 0 ? doc.norm.length : nl);
    // Markers stand at the start: only the first characters are matched.
    const head = line.length > 80 ? line.slice(0, 80) : line;
    let level = -1;
    for (const [re, l] of MARKERS) {
      if (re.test(head)) {
        level = l;
        break;
      }
    }
    // A line that ends with a colon heads the list after it (`主要目标:`,
    // `到2026年,…具体目标如下:`), like a numbered heading.
    const lead = line.trimEnd().endsWith(':') && level < 0;
    if (lead && (PLAN.test(line) || /(?:19|20)\d\d\s*年/.test(line))) level = 1;
    if (level < 0) continue;
    // The heading is the line, or the lead of a paragraph up to its first stop.
    const stop = head.search(/[。;:!?]/);
    const text = (lead ? line : stop < 0 ? line : line.slice(0, stop)).slice(0, 60);
    const times = findTimes(text, docYear, docDate, roc);
    const past = PAST.test(text);
    out.push({ start, level, time: times[0] ?? null, plan: PLAN.test(text) && !past, past });
  }
  return out;
}

export interface SectionState {
  start: number;
  time: TimeExpr | null;
  plan: boolean;
  /** Under a heading about what was done: a plan's review of the years before it. */
  past: boolean;
}

/**
 * The year frame and plan flag in force after each heading, computed once,
 * so that looking one up is a binary search (a long document has many
 * headings and many figures).
 */
export function sectionStates(headings: Heading[]): SectionState[] {
  const times: (TimeExpr | null)[] = [null, null, null, null];
  const plans = [false, false, false, false];
  const pasts = [false, false, false, false];
  return headings.map((h) => {
    for (let l = h.level; l < 4; l++) {
      times[l] = null;
      plans[l] = false;
      pasts[l] = false;
    }
    times[h.level] = h.time;
    plans[h.level] = h.plan;
    pasts[h.level] = h.past;
    let time: TimeExpr | null = null;
    for (const t of times) if (t) time = t;
    return { start: h.start, time, plan: plans.some(Boolean), past: pasts.some(Boolean) };
  });
}

const NONE: SectionState = { start: 0, time: null, plan: false, past: false };

/** The section state in force at `pos`. */
export function sectionAt(states: SectionState[], pos: number): SectionState {
  const k = firstAtOrAfter(states, pos + 1, (s) => s.start);
  return k === 0 ? NONE : states[k - 1];
}
