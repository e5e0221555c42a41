/**
 * Pinyin glosses that some copying sites insert after characters
 * (`技術(shù)合同`, `國內(nèi)`): they are not the document's words and break
 * its keywords apart, so they are dropped when the text is read. Only a
 * parenthesised syllable with a tone mark right after a character counts,
 * and only when a text has three or more of them (a site's habit, not a
 * one-off bracket); syllables without tone marks (`基金(jin)`) only when a text
 * has eight or more.
 */
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const GLOSS = /([\u3400-\u9fff])[(（]([a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5})[)）]/g;

/** Glosses without tone marks (`基金(jin)`, `元(yuan)(yuan)`): counted only when a text is full of them. */
const BARE_GLOSS = /([\u3400-\u9fff])(?:[(（][a-z]{1,6}[)）])+/g;

export function dropPinyinGlosses(text: string): string {
  if (TONE.test(text)) {
    GLOSS.lastIndex = 0;
    let n = 0;
    while (n < 3 && GLOSS.exec(text)) n++;
    GLOSS.lastIndex = 0;
    if (n >= 3) return text.replace(GLOSS, '$1');
  }
  if (text.indexOf('(') < 0 && text.indexOf('（') < 0) return text;
  BARE_GLOSS.lastIndex = 0;
  let n = 0;
  while (n < 8 && BARE_GLOSS.exec(text)) n++;
  BARE_GLOSS.lastIndex = 0;
  return n < 8 ? text : text.replace(BARE_GLOSS, '$1');
}
