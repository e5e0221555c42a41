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

/** An operator of a content stream, or a keyword of the file (obj, stream, R, true…). */
export class Cmd {
  private static readonly all = new Map<string, Cmd>();
  readonly id: number;
  private constructor(readonly cmd: string) {
    this.id = (OPS as readonly string[]).indexOf(cmd);
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
