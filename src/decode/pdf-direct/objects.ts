/**
 * The objects of a PDF: names and operators (shared objects, so that they
 * compare with `===`), references, dictionaries (Maps), streams; and the
 * error that hands a file over to pdf.js.
 */

/** Names and operators are shared objects (fewer allocations); the caches stay bounded in a long-running process. */
const CACHE_LIMIT = 10_000;

export class Name {
  private static readonly all = new Map<string, Name>();
  private constructor(readonly name: string) {}
  static of(name: string): Name {
    let n = Name.all.get(name);
    if (!n) {
      if (Name.all.size >= CACHE_LIMIT) Name.all.clear();
      Name.all.set(name, (n = new Name(name)));
    }
    return n;
  }
}

/** The operators that matter for text, numbered for a fast switch (Cmd.id; -1 for any other). */
export const OPS = ['q', 'Q', 'cm', 'BT', 'Tf', 'Tc', 'Tw', 'Tz', 'TL', 'Ts', 'Td', 'TD', 'T*', 'Tm', 'Tj', "'", '"', 'TJ', 'Do', 'gs', 'BMC', 'BDC', 'EMC', 'BI'] as const;

/**
 * Operand counts of every content-stream operator pdf.js knows (its
 * EvaluatorPreprocessor.opMap); negative: up to that many (variable). pdf.js
 * carries the operands of an unknown operator, or surplus ones, over to the
 * next operator: a stream that has either is left to pdf.js.
 */
const ARGS: Record<string, number> = {
  w: 1, J: 1, j: 1, M: 1, d: 2, ri: 1, i: 1, gs: 1, q: 0, Q: 0, cm: 6, m: 2, l: 2, c: 6, v: 4, y: 4, h: 0, re: 4,
  S: 0, s: 0, f: 0, F: 0, 'f*': 0, B: 0, 'B*': 0, b: 0, 'b*': 0, n: 0, W: 0, 'W*': 0, BT: 0, ET: 0, Tc: 1, Tw: 1,
  Tz: 1, TL: 1, Tf: 2, Tr: 1, Ts: 1, Td: 2, TD: 2, Tm: 6, 'T*': 0, Tj: 1, TJ: 1, "'": 1, '"': 3, d0: 2, d1: 6,
  CS: 1, cs: 1, SC: -4, SCN: -33, sc: -4, scn: -33, G: 1, g: 1, RG: 3, rg: 3, K: 4, k: 4, sh: 1, BI: 0, ID: 0,
  EI: 1, Do: 1, MP: 1, DP: 2, BMC: 1, BDC: 2, EMC: 0, BX: 0, EX: 0,
};

/** What pdf.js's content lexer may read as (the start of) an operator: its opMap keys. */
export const OPERATOR_PREFIXES = new Set([...Object.keys(ARGS), 'BM', 'BD', 'true', 'fa', 'fal', 'fals', 'false', 'nu', 'nul', 'null']);

/** An operator of a content stream, or a keyword of the file (obj, stream, R, true…). */
export class Cmd {
  private static readonly all = new Map<string, Cmd>();
  readonly id: number;
  /** How many operands the operator takes (-n: up to n); undefined for an operator pdf.js does not know. */
  readonly args: number | undefined;
  private constructor(readonly cmd: string) {
    this.id = (OPS as readonly string[]).indexOf(cmd);
    this.args = Object.hasOwn(ARGS, cmd) ? ARGS[cmd] : undefined;
  }
  static of(cmd: string): Cmd {
    let c = Cmd.all.get(cmd);
    if (!c) {
      if (Cmd.all.size >= CACHE_LIMIT) Cmd.all.clear();
      Cmd.all.set(cmd, (c = new Cmd(cmd)));
    }
    return c;
  }
}

export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export type Dict = Map<string, unknown>;
export type PdfObject = number | string | boolean | null | Name | Ref | Dict | PdfObject[] | Stream;

/** A stream: its dictionary and its raw (still encoded) bytes. */
export interface Stream {
  dict: Dict;
  raw: Uint8Array;
}

export const isDict = (o: unknown): o is Dict => o instanceof Map;
export const isStream = (o: unknown): o is Stream => typeof o === 'object' && o !== null && 'raw' in o && 'dict' in o;

/** Something this reader does not handle: the caller falls back to pdf.js. */
export class Unsupported extends Error {}
