/**
 * The graphics and text state that text depends on (pdf.js's TextState):
 * the CTM, the font and its size, spacing, scaling, rise, the text and line
 * matrices; and the matrix arithmetic, in pdf.js's order of operations (so
 * that positions are the same to the bit).
 */
import type { Font } from './fonts.js';

/** What the item builder reads of the text state. */
export interface TextState {
  ctm: number[];
  font: Font | null;
  fontName: string | null;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  rise: number;
  tm: number[];
  tlm: number[];
}

export interface State extends TextState {
  leading: number;
}

export const IDENTITY = [1, 0, 0, 1, 0, 0];

export function newState(): State {
  return { ctm: IDENTITY.slice(), font: null, fontName: null, fontSize: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, rise: 0, tm: IDENTITY.slice(), tlm: IDENTITY.slice(), leading: 0 };
}

export const clone = (s: State): State => ({ ...s, tm: s.tm.slice(), tlm: s.tlm.slice() });

/** pdf.js's Util.transform(m1, m2). */
export function multiply(m1: number[], m2: number[]): number[] {
  return [
    m1[0]! * m2[0]! + m1[2]! * m2[1]!,
    m1[1]! * m2[0]! + m1[3]! * m2[1]!,
    m1[0]! * m2[2]! + m1[2]! * m2[3]!,
    m1[1]! * m2[2]! + m1[3]! * m2[3]!,
    m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
    m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
  ];
}

/** Td: move the line matrix, and the text matrix to it. (A state's matrices are its own: updated in place.) */
export function moveLine(s: State, x: number, y: number): void {
  const m = s.tlm;
  m[4] = m[0]! * x + m[2]! * y + m[4]!;
  m[5] = m[1]! * x + m[3]! * y + m[5]!;
  setMatrix(s.tm, m[0]!, m[1]!, m[2]!, m[3]!, m[4], m[5]);
}

export function setMatrix(m: number[], a: number, b: number, c: number, d: number, e: number, f: number): void {
  m[0] = a;
  m[1] = b;
  m[2] = c;
  m[3] = d;
  m[4] = e;
  m[5] = f;
}

