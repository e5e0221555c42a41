/** Stands in for an earlier or later figure in a window of text (a private-use character). */
export const MASK = '\uE000';
