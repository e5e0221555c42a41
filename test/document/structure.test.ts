/**
 * Sentences and paragraphs: where a line end is a soft wrap. Texts are the
 * team's own.
 */
import { describe, expect, it } from 'vitest';
import { buildStructure, sentenceBounds } from '../../src/document/structure.js';
import { indicators } from '../helpers.js';

const sentenceAt = (text: string, word: string) => {
  const doc = buildStructure(text);
  const [a, b] = sentenceBounds(doc, text.indexOf(word));
  return text.slice(a, b).trim();
};

describe('a blank line between the lines of one sentence (text from a PDF)', () => {
  const text = '在政府资助的项目里,国家级项目签订技术合同\n\n640 项,成交额 12.5 亿元;\n\n部门计划 580 项。\n';
  it('goes on when the next line opens with a figure', () => {
    expect(sentenceAt(text, '640')).toContain('国家级项目签订技术合同');
    expect(indicators(text).map((r) => [r.indicator, r.value])).toContainEqual(['tech_contract.count', 640]);
  });
  it('ends the sentence after final punctuation, or before a line that opens with no figure', () => {
    expect(sentenceAt(text, '部门计划')).not.toContain('成交额');
    expect(sentenceAt('一、技术市场\n\n全年登记技术合同640项。\n', '全年')).toBe('全年登记技术合同640项。');
    expect(sentenceAt('全年登记技术合同640项\n\n2021 年成交额12.5亿元。\n', '成交额')).not.toContain('640');
  });
});

describe('a chain of lines ending in `;` (text from a PDF)', () => {
  it('leans on the label of the first line for every line after it', () => {
    const text = '在政府资助的项目里,省级项目签订技术合同\n\n640 项,成交额 12.5 亿元;\n\n市级项目\n\n580 项,成交额 9.1 亿元;\n\n县级项目 300 项,成交额 4.2 亿元。\n';
    expect(indicators(text).map((r) => [r.indicator, r.value])).toEqual([
      ['tech_contract.count', 640],
      ['tech_contract.value', 1250000000],
      ['tech_contract.count', 580],
      ['tech_contract.value', 910000000],
      ['tech_contract.count', 300],
      ['tech_contract.value', 420000000],
    ]);
  });
});
