/**
 * A page's content streams, interpreted for text only: the graphics state
 * stack (q, Q, cm), the text state and text operators, Form XObjects
 * (recursively, with their own resources) and marked content, which closes
 * the current item as in pdf.js. Paths, colours and images are skipped.
 */
import type { PdfFile } from './file.js';
import { loadFont, type Font } from './fonts.js';
import { ItemBuilder, type TextItem, type TextState } from './items.js';
import { Cmd, END, Lexer, Name, Unsupported, isDict, isStream, type Dict, type PdfObject, type Stream } from './syntax.js';

export interface Context {
  file: PdfFile;
  cmapDir: string;
  fonts: Map<unknown, Font>;
}

const IDENTITY = [1, 0, 0, 1, 0, 0];

function newState(): TextState {
  return { ctm: IDENTITY.slice(), font: null, fontName: null, fontSize: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, rise: 0, tm: IDENTITY.slice(), tlm: IDENTITY.slice() };
}

interface State extends TextState {
  leading: number;
}

const clone = (s: State): State => ({ ...s, tm: s.tm.slice(), tlm: s.tlm.slice() });

/** pdf.js's Util.transform(m1, m2). */
function multiply(m1: number[], m2: number[]): number[] {
  return [
    m1[0]! * m2[0]! + m1[2]! * m2[1]!,
    m1[1]! * m2[0]! + m1[3]! * m2[1]!,
    m1[0]! * m2[2]! + m1[2]! * m2[3]!,
    m1[1]! * m2[2]! + m1[3]! * m2[3]!,
    m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
    m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
  ];
}

/** Concatenated, decoded content streams (no separator, as pdf.js joins them). */
function contentBytes(ctx: Context, contents: PdfObject): Uint8Array {
  const parts = (Array.isArray(contents) ? contents.map((c) => ctx.file.resolve(c)) : [contents]).filter(isStream);
  if (parts.length === 1) return ctx.file.decode(parts[0]!);
  return Buffer.concat(parts.map((p) => ctx.file.decode(p)));
}

/** The text items of a page, in content order. */
export function pageItems(ctx: Context, page: { resources: Dict; contents: PdfObject; view: number[] }): TextItem[] {
  const out: TextItem[] = [];
  const data = contentBytes(ctx, page.contents);
  run(ctx, data, page.resources, Object.assign(newState(), { leading: 0 }), new ItemBuilder(page.view, out), new Set());
  return out;
}

const isNum = (v: unknown): v is number => typeof v === 'number';

function need(args: unknown[], n: number, op: string): void {
  if (args.length !== n) throw new Unsupported(`${op} with ${args.length} operands`);
}

function run(ctx: Context, data: Uint8Array, resources: Dict, initial: State, items: ItemBuilder, forms: Set<unknown>): void {
  const { file } = ctx;
  const lx = new Lexer(data, 0, data.length, false);
  const stack: State[] = [];
  let s = initial;
  let args: PdfObject[] = [];
  let fontRes: Dict | null = null;
  const fontNamed = (name: string): Font => {
    fontRes ??= ((r) => (isDict(r) ? r : new Map()))(file.get(resources, 'Font'));
    const dict = file.get(fontRes, name);
    if (!isDict(dict)) throw new Unsupported(`font ${name} not in resources`);
    let f = ctx.fonts.get(dict);
    if (!f) ctx.fonts.set(dict, (f = loadFont(file, dict, ctx.cmapDir)));
    return f;
  };
  for (;;) {
    const t = lx.next();
    if (t === END) break;
    if (!(t instanceof Cmd)) {
      if (typeof t !== 'symbol' && t !== null) args.push(t as PdfObject);
      continue;
    }
    const op = t.cmd;
    items.start(s);
    switch (op) {
      case 'q':
        stack.push(s);
        s = clone(s);
        break;
      case 'Q':
        s = stack.pop() ?? s;
        break;
      case 'cm':
        need(args, 6, op);
        if (args.every(isNum)) s.ctm = multiply(s.ctm, args as number[]);
        break;
      case 'BT':
        s.tm = IDENTITY.slice();
        s.tlm = IDENTITY.slice();
        break;
      case 'Tf': {
        need(args, 2, op);
        const [n, size] = args;
        if (!(n instanceof Name) || !isNum(size)) throw new Unsupported('bad Tf');
        if (s.font && n.name === s.fontName && size === s.fontSize) break;
        s.fontName = n.name;
        s.fontSize = size;
        s.font = fontNamed(n.name);
        break;
      }
      case 'Tc':
      case 'Tw':
      case 'Tz':
      case 'TL':
      case 'Ts': {
        need(args, 1, op);
        const v = args[0];
        if (!isNum(v)) throw new Unsupported(`bad ${op}`);
        if (op === 'Tc') s.charSpacing = v;
        else if (op === 'Tw') s.wordSpacing = v;
        else if (op === 'Tz') s.hScale = v / 100;
        else if (op === 'TL') s.leading = v;
        else s.rise = v;
        break;
      }
      case 'Td':
      case 'TD': {
        need(args, 2, op);
        const [x, y] = args;
        if (!isNum(x) || !isNum(y)) throw new Unsupported(`bad ${op}`);
        if (op === 'TD') s.leading = -y;
        moveLine(s, x, y);
        break;
      }
      case 'T*':
        moveLine(s, 0, -s.leading);
        break;
      case 'Tm': {
        need(args, 6, op);
        if (!args.every(isNum)) throw new Unsupported('bad Tm');
        s.tm = (args as number[]).slice();
        s.tlm = (args as number[]).slice();
        items.updateAdvanceScale(s);
        break;
      }
      case 'Tj':
        need(args, 1, op);
        if (typeof args[0] !== 'string') throw new Unsupported('bad Tj');
        items.show(s, args[0], 0);
        break;
      case "'":
        need(args, 1, op);
        if (typeof args[0] !== 'string') throw new Unsupported("bad '");
        moveLine(s, 0, -s.leading);
        items.show(s, args[0], 0);
        break;
      case '"': {
        need(args, 3, op);
        const [aw, ac, str] = args;
        if (!isNum(aw) || !isNum(ac) || typeof str !== 'string') throw new Unsupported('bad "');
        s.wordSpacing = aw;
        s.charSpacing = ac;
        moveLine(s, 0, -s.leading);
        items.show(s, str, 0);
        break;
      }
      case 'TJ': {
        need(args, 1, op);
        const arr = args[0];
        if (!Array.isArray(arr)) throw new Unsupported('bad TJ');
        if (!s.font) throw new Unsupported('text before Tf');
        const factor = -s.fontSize / 1000;
        let buf = '';
        for (const el of arr) {
          if (typeof el === 'string') buf += el;
          else if (typeof el === 'number' && el !== 0) {
            items.show(s, buf, el * factor);
            buf = '';
          }
        }
        if (buf.length > 0) items.show(s, buf, 0);
        break;
      }
      case 'Do':
        items.flush();
        if (args[0] instanceof Name) form(ctx, resources, args[0].name, s, items, forms);
        break;
      case 'gs': {
        const gs = file.get(((r) => (isDict(r) ? r : new Map()))(file.get(resources, 'ExtGState')), args[0] instanceof Name ? args[0].name : '');
        if (isDict(gs) && gs.has('Font')) throw new Unsupported('font set by ExtGState');
        break;
      }
      case 'BMC':
      case 'BDC':
      case 'EMC':
        items.flush();
        break;
      case 'BI':
        skipInlineImage(lx);
        break;
    }
    args.length = 0;
  }
  items.flush();
}

function moveLine(s: State, x: number, y: number): void {
  const m = s.tlm;
  m[4] = m[0]! * x + m[2]! * y + m[4]!;
  m[5] = m[1]! * x + m[3]! * y + m[5]!;
  s.tm = m.slice();
}

/** A Form XObject's text, with a copy of the state and its own item builder (as pdf.js does). */
function form(ctx: Context, resources: Dict, name: string, s: State, items: ItemBuilder, forms: Set<unknown>): void {
  const { file } = ctx;
  const xobjs = file.get(resources, 'XObject');
  if (!isDict(xobjs)) return;
  const x = file.get(xobjs, name);
  if (!isStream(x) || forms.has(x)) return;
  const sub = file.get(x.dict, 'Subtype');
  if (!(sub instanceof Name) || sub.name !== 'Form') return;
  if (forms.size > 20) throw new Unsupported('forms nested too deep');
  const state = clone(s);
  const m = file.get(x.dict, 'Matrix');
  if (Array.isArray(m) && m.length === 6 && m.every(isNum)) state.ctm = multiply(state.ctm, m as number[]);
  const res = file.get(x.dict, 'Resources');
  forms.add(x);
  try {
    run(ctx, file.decode(x as Stream), isDict(res) ? res : resources, state, new ItemBuilder(items.view, items.out), forms);
  } finally {
    forms.delete(x);
  }
}

/** Skip an inline image's dictionary and data, up to `EI`. */
function skipInlineImage(lx: Lexer): void {
  for (;;) {
    const t = lx.next();
    if (t === END) return;
    if (t instanceof Cmd && t.cmd === 'ID') break;
  }
  const b = lx.b;
  let p = lx.pos + 1;
  const white = (c: number | undefined) => c === undefined || c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0;
  while (p + 1 < lx.end) {
    if (b[p] === 0x45 && b[p + 1] === 0x49 && white(b[p - 1]) && white(b[p + 2])) {
      lx.pos = p + 2;
      return;
    }
    p++;
  }
  lx.pos = lx.end;
}
