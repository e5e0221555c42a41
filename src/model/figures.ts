/**
 * The data the pipeline passes from stage to stage: a document's context, the
 * groups of figures (a sentence, or a row of a table) and each figure with
 * what the stages have decided about it so far.
 */
import type { DocMeta, ExtractOptions, Period, Qualifier, Quantity, Status, YearSource } from '../record/types.js';
import type { DocStructure } from '../document/structure.js';
import type { SectionState } from '../document/sections.js';
import type { TimeExpr } from '../time/expressions.js';
import type { RuleSet } from '../rules/load.js';
import type { Cues } from '../rules/cues.js';
import type { PlaceMention } from '../rules/places.js';
import type { KeywordScanner } from '../rules/keywords.js';
import type { Classified, FigureWindow } from '../rules/classify.js';

/** What the whole document tells every figure. */
export interface DocContext {
  /** The keyword pattern that finds the sentences worth reading (null: read every sentence). */
  readonly trigger: KeywordScanner | null;
  readonly text: string;
  /** The text normalised for matching (same length and offsets). */
  readonly norm: string;
  readonly structure: DocStructure;
  readonly rules: RuleSet;
  readonly cues: Cues;
  readonly options: ExtractOptions;
  readonly meta: DocMeta;
  /** The year of the document's own date. */
  readonly docYear: number | null;
  /** The document's places by level (`市` → `广州市`), from its issuer or title. */
  readonly places: Map<string, string>;
  /** The document is a plan (its figures without a year are goals). */
  readonly planDoc: boolean;
  /** The document counts years in the Republic era (民國, or a Taiwanese text's bare 106年). */
  readonly roc: boolean;
  /** The place the document is about when a figure names none (its issuer's or title's, else the first named). */
  readonly place: string | null;
  /** 全市/全省's place when the document's own is of another level (found on first use; region.ts). */
  readonly levelPlaces: Map<string, string | null>;
  /** A Hong Kong, Macau or Taiwan text's own place (their 本港, 我國 name it), or null. */
  readonly ownPlace: string | null;
  /** The year a report's title is about (`2021年…统计公报`). */
  readonly reportYear: number | null;
  /** The one year the document speaks of up to a paragraph, if it names no other there (found on first use). */
  soleYear(paragraph: number): number | null;
  /** Offsets where pages start (PDF), or undefined. */
  readonly pages?: number[];
  /** The section (heading year, plan flag) in force at a position. */
  sectionAt(pos: number): SectionState;
  /** The time expressions of paragraph `k` (document offsets), found on first use. */
  paragraphTimes(k: number): TimeExpr[];
  /** Up to `n` time expressions before `pos`, nearest last. */
  timesBefore(pos: number, n: number): TimeExpr[];
}

/** The year of a figure and where it came from. */
export interface YearInfo {
  year: number | null;
  period?: Period;
  asOf?: string;
  source?: YearSource;
  /** The time was a 到/至 20XX年 deadline: the figure is a goal. */
  deadline?: boolean;
}

/** A sentence with its figures, or a row of a table. */
export interface Group {
  kind: 'sentence' | 'row';
  /** The sentence (or row) in the document, [start, end). */
  start: number;
  end: number;
  /** Index of the paragraph that holds it. */
  paragraph: number;
  /** The sentence normalised, soft wraps removed, each figure replaced by MASK ('' for a row). */
  masked: string;
  figures: Figure[];
  /** A row: the table's title, where the table starts, and the row's own place. */
  title?: string;
  tableStart?: number;
  region?: string;
  /** Place names in the masked sentence, found on first use. */
  places?: PlaceMention[];
  /** The group of the sentence just before this one in the same paragraph, when it was read. */
  previous?: Group;
  /** Spans of the masked sentence that are lists of named items (their places are the items'). */
  lists?: [number, number][];
}

/** One figure: found by the number reader, then decided on by the stages. */
export interface Figure {
  /** The quantity, with offsets in the document. */
  q: Quantity;
  group: Group;
  /** Position among the group's figures. */
  index: number;
  /** Offset of its MASK in the group's masked text. */
  at: number;
  /** The words around it (normalised, other figures masked). */
  window: FigureWindow;
  /** Where its clause starts in the document. */
  clauseStart: number;
  /** The rule that names its indicator, if any. */
  hit: Classified | null;
  /** How the label was found when not in the figure's own words (for --explain). */
  via?: string;
  /** Why it is not a record (a growth rate, a change, a threshold…). */
  dropped?: string;
  /** The currency when the text's own place decides it (元 in a Hong Kong text: HKD). */
  currency?: string;
  /** The base of a comparison (`较2022年的317.2亿元`): the year it names, 'before' for 上年, null for none. */
  baseYear?: number | null | 'before';
  /** It is a growth rate or percentage points of another figure. */
  rate?: 'growth' | 'points';
  year: YearInfo;
  status: Status;
  qualifier: Qualifier;
  growth?: number;
  per?: string[];
  region?: string | null;
  /** A figure each place of a list has (`甲、乙、丙均超过500件`): one record for each (region-each.ts). */
  regions?: string[];
  /** The year of a table column the figure stands in (`指标 | 2022年 | 2023年`). */
  columnYear?: number | null;
  part?: string;
  phase?: number;
}

/** Whether a figure may become a record: not dropped, and named by a rule (or every figure is asked for). */
export function isCandidate(doc: DocContext, f: Figure): boolean {
  return !f.dropped && (f.hit !== null || doc.options.all === true);
}

/** A stage refines the figures of one group in place. */
export type Stage = (doc: DocContext, group: Group) => void;

export type { Classified, FigureWindow, TimeExpr };
