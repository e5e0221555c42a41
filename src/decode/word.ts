/**
 * Word documents → text. `.docx` through mammoth (to HTML, then the HTML
 * reader: paragraphs as lines, tables as `a | b` rows); `.doc` (Word 97–2003)
 * through word-extractor (its cell marks become ` | `). The body only:
 * headers, footers and page numbers are left out. Loaded on demand.
 */
import { Buffer } from 'node:buffer';
import { DocumentError, firstLine } from './errors.js';
import { htmlToText } from './html.js';

export interface WordText {
  text: string;
  warnings: string[];
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Read a .docx. Rejects with a DocumentError when the package is broken. */
export async function readDocx(bytes: Uint8Array): Promise<WordText> {
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    // Unknown styles only change how mammoth would style its HTML: not worth a warning here.
    html = (await mammoth.convertToHtml({ buffer: asBuffer(bytes) })).value;
  } catch (e) {
    throw new DocumentError(`corrupt or truncated DOCX (${firstLine(e)})`);
  }
  return { text: htmlToText(html).text, warnings: [] };
}

/** A row of a Word 97 table: cells end with a cell mark (a tab here), the row with one more. */
const TABLE_ROW = /^(.*)\t$/;

/** Word 97 text: table rows (`a\tb\t`) as `a | b`; other lines as they are. */
export function docBodyToText(body: string): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const m = TABLE_ROW.exec(line);
    out.push(m ? m[1]!.split('\t').map((c) => c.trim()).join(' | ') : line.replace(/\s+$/, ''));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

/** Read a .doc (Word 97–2003). Rejects with a DocumentError when it is encrypted or broken. */
export async function readDoc(bytes: Uint8Array): Promise<WordText> {
  const WordExtractor = (await import('word-extractor')).default;
  let body: string;
  try {
    const doc = await new WordExtractor().extract(asBuffer(bytes));
    body = doc.getBody({ filterUnicode: false });
  } catch (e) {
    const msg = firstLine(e);
    if (/encrypt|password/i.test(msg)) throw new DocumentError('encrypted Word document: a password is needed to open it');
    throw new DocumentError(`corrupt or truncated Word document (${msg})`);
  }
  return { text: docBodyToText(body), warnings: [] };
}
