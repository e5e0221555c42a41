/**
 * A page's content streams, interpreted for text only: the graphics state
 * stack (q, Q, cm), the text state and text operators, Form XObjects
 * (recursively, with their own resources) and marked content, which closes
 * the current item as in pdf.js. Paths, colours and images are skipped.
 */
import type { PdfFile } from './file.js';
import { loadFont, type Font } from './fonts.js';
import { ItemBuilder } from './items.js';
import type { Run } from './run.js';
import { clone, moveLine, multiply, newState, setMatrix, type State } from './state.js';
import { Cmd, Name, OPS, Unsupported, isDict, isStream, type Dict, type PdfObject, type Stream } from './objects.js';
import { END, Lexer } from './syntax.js';

export interface Context {
  file: PdfFile;
  cmapDir: string;
  fonts: Map<unknown, Font>;
}

/** Concatenated, decoded content streams (no separator, as pdf.js joins them). */
function contentBytes(ctx: Context, contents: PdfObject): Uint8Array {
  const parts = (Array.isArray(contents) ? contents.map((c) => ctx.file.resolve(c)) : [contents]).filter(isStream);
  if (parts.length === 1) return ctx.file.decode(parts[0]!);
  return Buffer.concat(parts.map((p) => ctx.file.decode(p)));
}

/** The runs of a page's text items, in content order. */
export function pageRuns(ctx: Context, page: { resources: Dict; contents: PdfObject; view: number[] }): Run[] {
  const out: Run[] = [];
  const data = contentBytes(ctx, page.contents);
  run(ctx, data, page.resources, newState(), new ItemBuilder(page.view, out), new Set());
  return out;
}

const isNum = (v: unknown): v is number => typeof v === 'number';

/** Operator ids (syntax.ts OPS). */
const [q, Q, cm, BT, Tf, Tc, Tw, Tz, TL, Ts, Td, TD, Tstar, Tm, Tj, quote, dquote, TJ, Do, gs, BMC, BDC, EMC, BI] = OPS.map((_, i) => i);

function bad(op: Cmd, n: number): never {
  throw new Unsupported(`${op.cmd} with bad operands (${n})`);
}

function run(ctx: Context, data: Uint8Array, resources: Dict, initial: State, items: ItemBuilder, forms: Set<unknown>): void {
  const { file } = ctx;
  const lx = new Lexer(data, 0, data.length, false, true);
  const stack: State[] = [];
  let s = initial;
  // Operands of the next operator (a reused array: n of them are current).
  const a: PdfObject[] = [];
  let n = 0;
  let fontRes: Dict | null = null;
  const fontNamed = (name: string): Font => {
    fontRes ??= ((r) => (isDict(r) ? r : new Map()))(file.get(resources, 'Font'));
    const dict = file.get(fontRes, name);
    if (!isDict(dict)) throw new Unsupported(`font ${name} not in resources`);
    let f = ctx.fonts.get(dict);
    if (!f) ctx.fonts.set(dict, (f = loadFont(file, dict, ctx.cmapDir)));
    return f;
  };
  // pdf.js takes the state before the first operator as the current item's font and size.
  items.start(s);
  for (;;) {
    const t = lx.next();
    if (t === END) break;
    if (!(t instanceof Cmd)) {
      if (typeof t !== 'symbol' && t !== null) {
        if (n === 33) throw new Unsupported('too many operands');
        a[n++] = t as PdfObject;
      }
      continue;
    }
    const op = t.id;
    const argc = n;
    n = 0;
    const want = t.args;
    if (want === undefined || (want >= 0 ? argc !== want : argc > -want)) bad(t, argc);
    if (op < 0) continue;
    switch (op) {
      case q:
        stack.push(s);
        s = clone(s);
        break;
      case Q:
        s = stack.pop() ?? s;
        break;
      case cm:
        // (pdf.js would multiply by whatever it is given: anything but numbers is left to it.)
        if (argc !== 6 || !(isNum(a[0]) && isNum(a[1]) && isNum(a[2]) && isNum(a[3]) && isNum(a[4]) && isNum(a[5]))) bad(t, argc);
        s.ctm = multiply(s.ctm, a as number[]);
        break;
      case BT:
        setMatrix(s.tm, 1, 0, 0, 1, 0, 0);
        setMatrix(s.tlm, 1, 0, 0, 1, 0, 0);
        break;
      case Tf: {
        const name = a[0];
        const size = a[1];
        if (argc !== 2 || !(name instanceof Name) || !isNum(size)) bad(t, argc);
        if (s.font && name.name === s.fontName && size === s.fontSize) break;
        s.fontName = name.name;
        s.fontSize = size;
        s.font = fontNamed(name.name);
        break;
      }
      case Tc:
      case Tw:
      case Tz:
      case TL:
      case Ts: {
        const v = a[0];
        if (argc !== 1 || !isNum(v)) bad(t, argc);
        if (op === Tc) s.charSpacing = v;
        else if (op === Tw) s.wordSpacing = v;
        else if (op === Tz) s.hScale = v / 100;
        else if (op === TL) s.leading = v;
        else s.rise = v;
        break;
      }
      case Td:
      case TD: {
        const x = a[0];
        const y = a[1];
        if (argc !== 2 || !isNum(x) || !isNum(y)) bad(t, argc);
        if (op === TD) s.leading = -y;
        moveLine(s, x, y);
        break;
      }
      case Tstar:
        moveLine(s, 0, -s.leading);
        break;
      case Tm: {
        if (argc !== 6 || !(isNum(a[0]) && isNum(a[1]) && isNum(a[2]) && isNum(a[3]) && isNum(a[4]) && isNum(a[5]))) bad(t, argc);
        setMatrix(s.tm, a[0], a[1], a[2], a[3], a[4], a[5]);
        setMatrix(s.tlm, a[0], a[1], a[2], a[3], a[4], a[5]);
        items.updateAdvanceScale(s);
        break;
      }
      case Tj:
      case quote: {
        const str = a[0];
        if (argc !== 1 || typeof str !== 'string') bad(t, argc);
        if (op === quote) moveLine(s, 0, -s.leading);
        items.show(s, str, 0);
        break;
      }
      case dquote: {
        const [aw, ac, str] = a;
        if (argc !== 3 || !isNum(aw) || !isNum(ac) || typeof str !== 'string') bad(t, argc);
        s.wordSpacing = aw;
        s.charSpacing = ac;
        moveLine(s, 0, -s.leading);
        items.show(s, str, 0);
        break;
      }
      case TJ: {
        const arr = a[0];
        if (argc !== 1 || !Array.isArray(arr)) bad(t, argc);
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
      case Do:
        items.flush();
        if (argc > 0 && a[0] instanceof Name) form(ctx, resources, a[0].name, s, items, forms);
        break;
      case gs: {
        const gstates = file.get(resources, 'ExtGState');
        const g = isDict(gstates) && argc > 0 && a[0] instanceof Name ? file.get(gstates, a[0].name) : null;
        if (isDict(g) && g.has('Font')) throw new Unsupported('font set by ExtGState');
        break;
      }
      case BMC:
      case BDC:
      case EMC:
        items.flush();
        break;
      case BI:
        // Where an inline image's data ends depends on pdf.js's own reading of its dictionary: left to pdf.js.
        throw new Unsupported('inline image');
    }
  }
  items.flush();
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
