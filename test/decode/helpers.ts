import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of fixtures/inputs. */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/inputs/', import.meta.url));

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + name));
}

/** The clean text every encoding fixture must decode to (make-fixtures.mjs `sample`). */
export const SAMPLE = `广州市科学技术局关于市政协第4042号提案答复的函

陶天权委员：
您提出的《关于创新校企联动模式的提案》收悉。现将办理情况答复如下：
（二）推动校企合作
2019年全市技术合同成交额1273.36亿元，同比增长77%。全市备案产学研联盟共175家，成员单位超过2700家。
全市有效发明专利拥有量达5.5万件，市科技成果转化引导基金规模达到10亿元。
广州市科学技术局
2020年5月20日
`;

/** The traditional-Chinese version (sample.big5.txt). */
export const TRADITIONAL = `廣州市科學技術局關於市政協第4042號提案答覆的函

陶天權委員：
您提出的《關於創新校企聯動模式的提案》收悉。現將辦理情況答覆如下：
（二）推動校企合作
2019年全市技術合同成交額1273.36億元，同比增長77%。全市備案產學研聯盟共175家，成員單位超過2700家。
全市有效發明專利擁有量達5.5萬件，市科技成果轉化引導基金規模達到10億元。
廣州市科學技術局
2020年5月20日
`;

/** What sample.html and sample.gbk.html must turn into (hand-written, not generated). */
export const HTML_TEXT = `首页 > 政务公开
广州市科学技术局关于市政协第4042号提案答复的函
陶天权委员：
您提出的《关于创新校企联动模式的提案》收悉。现将办理情况答复如下：
（二）推动校企合作
2019年全市技术合同成交额1273.36亿元，同比增长77%。全市备案产学研联盟共175家，成员单位超过2700家。
全市有效发明专利拥有量达5.5万件，市科技成果转化引导基金规模达到10亿元。
指标 | 2019年
技术合同成交额 | 1273.36亿元
产学研联盟 | 175家
附件：“科技创新”统计表 (2019&2020) 第1页
广州市科学技术局
2020年5月20日`;

export const HTML_TITLE = '广州市科学技术局关于市政协第4042号提案答复的函';

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
export const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
export const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of parts) {
    out.set(p, i);
    i += p.length;
  }
  return out;
};
export const utf16le = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le'));
export const utf16be = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le').swap16());
