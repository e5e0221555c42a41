/**
 * Pinyin glosses that some copying sites insert after characters
 * (`技術(shù)合同`, `國內(nèi)`): they are not the document's words and break
 * its keywords apart, so they are dropped when the text is read. Only a
 * parenthesised syllable with a tone mark right after a character counts,
 * and only when a text has three or more of them (a site's habit, not a
 * one-off bracket).
 */
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const GLOSS = /([\u3400-\u9fff])[(（]([a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5})[)）]/g;

export function dropPinyinGlosses(text: string): string {
  if (!TONE.test(text)) return text;
  GLOSS.lastIndex = 0;
  let n = 0;
  while (n < 3 && GLOSS.exec(text)) n++;
  GLOSS.lastIndex = 0;
  return n < 3 ? text : text.replace(GLOSS, '$1');
}
