/**
 * Text items from shown glyphs, by pdf.js's own rules (getTextContent in
 * pdf.js's evaluator, horizontal writing): glyphs join the current item
 * while they follow on; a gap of 0.102–0.6 em inside an item becomes a space;
 * a wider gap, a step back, a move to another line, a new font or size, an
 * XObject or marked content closes the item. Each item becomes a run at
 * once (./run.ts), the run pdf.js's item would give.
 */
import type { Font } from './fonts.js';
import { toRun, type Run } from './run.js';
import { itemText } from './item-text.js';
import type { TextState } from './state.js';
import { Unsupported } from './objects.js';

/** Math.hypot(a, b), exactly, without its cost when one side is 0 (text is rarely rotated). */
const hypot = (a: number, b: number) => (b === 0 ? Math.abs(a) : a === 0 ? Math.abs(b) : Math.hypot(a, b));

export class ItemBuilder {
  // The item being built (pdf.js's textContentItem; its fields outlive a flush, as there).
  private initialized = false;
  /** The item's text so far (pdf.js keeps an array of pieces; no piece is empty). */
  private str = '';
  private width = 0;
  private totalWidth = 0;
  private height = 0;
  // The item's transform at its start.
  private i0 = 0;
  private i1 = 0;
  private i2 = 0;
  private i3 = 0;
  private i4 = 0;
  private i5 = 0;
  private hasPrev = false;
  private prevA = 0;
  private prevB = 0;
  private prevC = 0;
  private prevD = 0;
  private prevX = 0;
  private prevY = 0;
  private prevRise = 0;
  private advanceScale = 0;
  private trackingSpaceMin = 0;
  private notASpace = 0;
  private negativeSpaceMax = 0;
  private spaceInFlowMin = 0;
  private spaceInFlowMax = 0;
  // The last two characters (pdf.js's twoLastChars).
  private last0 = ' ';
  private last1 = ' ';
  private lastPos = 0;
  // The font and size of the current item (pdf.js's currentTextState).
  private curSet = false;
  private curFont: Font | null = null;
  private curFontName: string | null = null;
  private curSize = 0;
  // The current text transform (ctm × tm × [size·hScale 0 0 size 0 rise]).
  private t0 = 0;
  private t1 = 0;
  private t2 = 0;
  private t3 = 0;
  private t4 = 0;
  private t5 = 0;

  /** One builder per content stream (a form gets its own, as in pdf.js), all writing to `out`. */
  constructor(
    readonly view: number[],
    readonly out: Run[],
  ) {}

  /** The text state at the start of the stream (pdf.js's first `currentTextState`). */
  start(s: TextState): void {
    if (this.curSet) return;
    this.curSet = true;
    this.curFont = s.font;
    this.curFontName = s.fontName;
    this.curSize = s.fontSize;
  }

  private current(s: TextState): void {
    const m = s.tm;
    const c = s.ctm;
    const a = s.fontSize * s.hScale;
    const d = s.fontSize;
    const r = s.rise;
    // tm × tsm
    const m0 = m[0]! * a;
    const m1 = m[1]! * a;
    const m2 = m[2]! * d;
    const m3 = m[3]! * d;
    const m4 = m[2]! * r + m[4]!;
    const m5 = m[3]! * r + m[5]!;
    // ctm × (tm × tsm), in pdf.js's order of operations
    this.t0 = c[0]! * m0 + c[2]! * m1;
    this.t1 = c[1]! * m0 + c[3]! * m1;
    this.t2 = c[0]! * m2 + c[2]! * m3;
    this.t3 = c[1]! * m2 + c[3]! * m3;
    this.t4 = c[0]! * m4 + c[2]! * m5 + c[4]!;
    this.t5 = c[1]! * m4 + c[3]! * m5 + c[5]!;
  }

  private saveLastChar(ch: string): boolean {
    const next = (this.lastPos + 1) % 2;
    const at = this.lastPos === 0 ? this.last0 : this.last1;
    const other = next === 0 ? this.last0 : this.last1;
    const ret = at !== ' ' && other === ' ';
    if (this.lastPos === 0) this.last0 = ch;
    else this.last1 = ch;
    this.lastPos = next;
    return ret;
  }

  private shouldAddWhitespace(): boolean {
    const at = this.lastPos === 0 ? this.last0 : this.last1;
    const other = this.lastPos === 0 ? this.last1 : this.last0;
    return at !== ' ' && other === ' ';
  }

  private resetLastChars(): void {
    this.last0 = this.last1 = ' ';
    this.lastPos = 0;
  }

  flush(): void {
    if (!this.initialized) return;
    this.totalWidth += this.width * this.advanceScale;
    const text = itemText(this.str);
    const run = toRun(text, this.i0, this.i1, this.i2, this.i3, this.i4, this.i5, Math.abs(this.totalWidth));
    if (run) this.out.push(run);
    this.initialized = false;
    this.str = '';
  }

  private ensure(s: TextState): void {
    if (this.initialized) return;
    this.current(s);
    this.i0 = this.t0;
    this.i1 = this.t1;
    this.i2 = this.t2;
    this.i3 = this.t3;
    this.i4 = this.t4;
    this.i5 = this.t5;
    this.width = this.totalWidth = 0;
    this.height = hypot(this.t2, this.t3);
    this.advanceScale = hypot(s.ctm[0]!, s.ctm[1]!) * hypot(s.tlm[0]!, s.tlm[1]!);
    const size = s.fontSize;
    this.trackingSpaceMin = size * 0.102;
    this.notASpace = size * 0.03;
    this.negativeSpaceMax = size * -0.2;
    this.spaceInFlowMin = size * 0.102;
    this.spaceInFlowMax = size * 0.6;
    this.initialized = true;
  }

  /** After Tm: pdf.js's updateAdvanceScale. */
  updateAdvanceScale(s: TextState): void {
    if (!this.initialized) return;
    const f = hypot(s.tlm[0]!, s.tlm[1]!) * hypot(s.ctm[0]!, s.ctm[1]!);
    if (f === this.advanceScale) return;
    this.totalWidth += this.width * this.advanceScale;
    this.width = 0;
    this.advanceScale = f;
  }

  /** pdf.js's compareWithLastPosition (horizontal): false when the glyph is outside the page. */
  private compare(s: TextState, glyphWidth: number): boolean {
    this.current(s);
    let posX = this.t4;
    let posY = this.t5;
    const v = this.view;
    if (posX + glyphWidth < v[0]! || posX > v[2]! || posY < v[1]! || posY > v[3]!) return false;
    if (!this.hasPrev) return true;
    let lastX = this.prevX;
    let lastY = this.prevY;
    if (lastX === posX && lastY === posY) return true;
    const t0 = this.t0;
    const t1 = this.t1;
    const t2 = this.t2;
    const t3 = this.t3;
    if (t0 && t1 === 0 && t2 === 0) {
      if (t0 < 0) [posX, posY, lastX, lastY] = [-posX, -posY, -lastX, -lastY];
    } else if (t1 && t0 === 0 && t3 === 0) {
      if (t1 > 0) [posX, posY, lastX, lastY] = [posY, posX, lastY, lastX];
      else [posX, posY, lastX, lastY] = [-posY, -posX, -lastY, -lastX];
    } else {
      const sc = Math.hypot(t0, t1);
      [posX, posY] = [(t0 * posX + t1 * posY) / sc, (t2 * posX + t3 * posY) / sc];
      const ps = Math.hypot(this.prevA, this.prevB);
      // The last position is rotated back by the transform it was drawn with.
      [lastX, lastY] = [(this.prevA * lastX + this.prevB * lastY) / ps, (this.prevC * lastX + this.prevD * lastY) / ps];
    }
    const advanceX = (posX - lastX) / this.advanceScale;
    const advanceY = posY - lastY;
    const orientation = Math.sign(this.width || this.totalWidth);
    if (advanceX < orientation * this.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * this.height) {
        this.resetLastChars();
        this.flush();
        return true;
      }
      this.resetLastChars();
      this.flush();
      return true;
    }
    const riseDelta = s.rise - this.prevRise;
    const advanceYCorrected = riseDelta === 0 ? advanceY : advanceY - (t3 / s.fontSize) * riseDelta;
    if (Math.abs(advanceYCorrected) > this.height) {
      this.resetLastChars();
      this.flush();
      return true;
    }
    if (advanceX <= orientation * this.notASpace) this.resetLastChars();
    if (advanceX <= orientation * this.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
      } else this.width += advanceX;
    } else if (orientation * this.spaceInFlowMin <= advanceX && advanceX <= orientation * this.spaceInFlowMax) {
      // pdf.js's addFakeSpaces, inside the flow: a space in the item.
      if (this.initialized) {
        this.resetLastChars();
        this.str += ' ';
      }
      if (this.str === '') this.resetLastChars();
      else this.width += advanceX;
    } else {
      this.flush();
      this.resetLastChars();
    }
    if (Math.abs(advanceY) > this.height * 0.25) this.flush();
    return true;
  }

  /** Show a string (Tj, a piece of TJ): pdf.js's buildTextContentItem. */
  show(s: TextState, chars: string, extraSpacing: number): void {
    const font = s.font;
    if (!font) throw new Unsupported('text before Tf');
    if (this.curSize !== s.fontSize || (this.curFontName !== s.fontName && (this.curFont === null || this.curFont.name !== font.name))) {
      if (this.curSize === s.fontSize && this.curFont === null) throw new Unsupported('font change without a font');
      this.flush();
      this.curFont = font;
      this.curFontName = s.fontName;
      this.curSize = s.fontSize;
    }
    const base = s.charSpacing;
    if (!chars) {
      const cs = base + extraSpacing;
      if (cs) translate(s, cs * s.hScale);
      return;
    }
    const scale = 0.001 * s.fontSize;
    for (let i = 0, n = chars.length; i < n; ) {
      const g = font.glyphAt(chars, i);
      i += font.len;
      if (g.invisible) continue;
      let charSpacing = base + (i >= n ? extraSpacing : 0);
      let dim = g.width * scale;
      if (g.code === 0x20) charSpacing += s.wordSpacing;
      if (g.space) {
        charSpacing += dim;
        translate(s, charSpacing * s.hScale);
        this.saveLastChar(' ');
        continue;
      }
      if (!g.diacritic && !this.compare(s, dim)) {
        translate(s, dim * s.hScale);
        continue;
      }
      this.ensure(s);
      if (g.diacritic) dim = 0;
      dim *= s.hScale;
      translate(s, dim);
      this.width += dim;
      if (dim) {
        this.current(s);
        this.hasPrev = true;
        this.prevA = this.t0;
        this.prevB = this.t1;
        this.prevC = this.t2;
        this.prevD = this.t3;
        this.prevX = this.t4;
        this.prevY = this.t5;
        this.prevRise = s.rise;
      }
      if (this.saveLastChar(g.unicode)) this.str += ' ';
      this.str += g.unicode;
      if (charSpacing) translate(s, charSpacing * s.hScale);
    }
  }
}

/** pdf.js's translateTextMatrix(x, 0). */
function translate(s: TextState, x: number): void {
  const m = s.tm;
  m[4] = m[0]! * x + m[2]! * 0 + m[4]!;
  m[5] = m[1]! * x + m[3]! * 0 + m[5]!;
}
