import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, csvHeader, csvLine, csvRow, escapeFormula } from '../../src/output/csv.js';
import { rec } from './fixtures.js';

/** A small RFC 4180 reader for checking round trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i++; continue; }
      field += ch; i++; continue;
    }
    if (ch === '"') { quoted = true; i++; continue; }
    if (ch === ',') { row.push(field); field = ''; i++; continue; }
    if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    if (ch === '\n' || ch === '\r') throw new Error(`bare line break at ${i}`);
    field += ch; i++;
  }
  if (field !== '' || row.length) throw new Error('missing final CRLF');
  return rows;
}

describe('csv', () => {
  test('header row lists every column, CRLF', () => {
    expect(csvHeader()).toBe(
      'file,indicator,label,value,valueMax,unit,measure,text,qualifier,year,status,line,column,sentence,docTitle,docNumber,docIssuer,docDate,period,asOf,region,part,phase,page,growth,per,rule,yearSource\r\n',
    );
  });
  test('a row has as many cells as the header and round-trips', () => {
    const r = rec({ period: { from: 2017, to: 2019 }, growth: { percent: 13.8 }, per: ['家', '年'], region: '广州市' });
    const [head, row] = parseCsv(csvHeader() + csvRow(r));
    expect(row).toHaveLength(head!.length);
    const obj = Object.fromEntries(head!.map((h, i) => [h, row![i]]));
    expect(obj.value).toBe('127336000000');
    expect(obj.valueMax).toBe('');
    expect(obj.period).toBe('2017-2019');
    expect(obj.growth).toBe('13.8');
    expect(obj.per).toBe('家/年');
    expect(obj.year).toBe('2019');
    expect(obj.docNumber).toBe('穗科函〔2020〕2号');
    expect(obj.region).toBe('广州市');
    expect(obj.rule).toBe('');
  });
  test('null year is an empty cell', () => {
    const cells = parseCsv(csvRow(rec({ year: null })))[0]!;
    expect(cells[CSV_COLUMNS.indexOf('year')]).toBe('');
  });
  test('quotes fields with comma, quote, CR and LF; doubles quotes', () => {
    const r = rec({ sentence: '他说"成交额,达到"\r\n1273.36亿元\n完', label: 'a\rb' });
    const row = csvRow(r);
    expect(row).toContain('"他说""成交额,达到""\r\n1273.36亿元\n完"');
    expect(row).toContain('"a\rb"');
    expect(row.endsWith('\r\n')).toBe(true);
    const cells = parseCsv(row)[0]!;
    expect(cells[CSV_COLUMNS.indexOf('sentence')]).toBe('他说"成交额,达到"\r\n1273.36亿元\n完');
  });
  test('plain fields are not quoted', () => {
    expect(csvLine(['技术合同成交额', 1, null])).toBe('技术合同成交额,1,\r\n');
  });
  test('formula injection: text cells are prefixed with an apostrophe', () => {
    for (const s of ['=HYPERLINK("x")', '+1', '-12.3%（同比）', '@SUM(A1)', '\tx', '\rx', '＝1+1', '＋1', '－1', '＠x']) {
      expect(escapeFormula(s)).toBe(`'${s}`);
    }
    expect(escapeFormula('1273.36亿元')).toBe('1273.36亿元');
    expect(escapeFormula('a=b')).toBe('a=b');
    const row = csvRow(rec({ text: '-12.3%', sentence: '=HYPERLINK("http://x","y")', value: -12.3, growth: { percent: -5.2 } }));
    const cells = parseCsv(row)[0]!;
    expect(cells[CSV_COLUMNS.indexOf('text')]).toBe("'-12.3%");
    expect(cells[CSV_COLUMNS.indexOf('sentence')]).toBe(`'=HYPERLINK("http://x","y")`);
    // numbers are numbers, never escaped
    expect(cells[CSV_COLUMNS.indexOf('value')]).toBe('-12.3');
    expect(cells[CSV_COLUMNS.indexOf('growth')]).toBe('-5.2');
  });
  test('escaping can be turned off', () => {
    expect(csvLine(['=1'], { escapeFormulas: false })).toBe('=1\r\n');
  });
  test('a cell that starts with CR is escaped and quoted', () => {
    expect(csvLine(['\rx'])).toBe(`"'\rx"\r\n`);
  });
  test('numbers are plain, never exponent or grouped', () => {
    expect(csvLine([2e21, 1e-7, 2000000000000, 53.7])).toBe('2000000000000000000000,0.0000001,2000000000000,53.7\r\n');
  });
});
