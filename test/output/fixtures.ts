import type { IndicatorRecord } from '../../src/record/types.js';

export function rec(over: Partial<IndicatorRecord> = {}): IndicatorRecord {
  return {
    file: 'seeds/000_7c649211ab158f35.txt',
    indicator: 'tech_contract.value',
    label: '技术合同成交额',
    value: 127336000000,
    unit: 'CNY',
    measure: '亿元',
    text: '1273.36亿元',
    qualifier: 'exact',
    year: 2019,
    status: 'actual',
    line: 12,
    column: 5,
    sentence: '2019年全市技术合同成交额1273.36亿元。',
    docTitle: '关于印发某某的通知',
    docNumber: '穗科函〔2020〕2号',
    docIssuer: '广州市科学技术局',
    docDate: '2020-09-03',
    ...over,
  };
}
