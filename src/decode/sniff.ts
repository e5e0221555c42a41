/**
 * What kind of document bytes hold, by their content (magic bytes), with
 * the file's extension only as a hint for broken files: `%PDF-` near the
 * start is a PDF; a ZIP (`PK\x03\x04`) holding word/document.xml is a .docx;
 * an OLE2 compound file (`D0 CF 11 E0 A1 B1 1A E1`) with a WordDocument
 * stream is a .doc, with an EncryptedPackage stream a password-protected
 * Office file. Anything else is text (or HTML), decoded as before. Pure.
 */
import { Buffer } from 'node:buffer';

export type DocumentKind = 'pdf' | 'docx' | 'doc' | 'encrypted-office';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A UTF-16LE name as the OLE2 directory stores it. */
const utf16 = (s: string) => Buffer.from(s, 'utf16le');
const WORD_DOCUMENT = utf16('WordDocument');
const ENCRYPTED_PACKAGE = utf16('EncryptedPackage');
const DOCUMENT_XML = Buffer.from('word/document.xml', 'latin1');
const PDF = Buffer.from('%PDF-', 'latin1');

/** The kind of document, or null for text (and HTML, and unknown binary data). */
export function sniffDocument(bytes: Uint8Array): DocumentKind | null {
  const b = asBuffer(bytes);
  // Readers accept `%PDF-` anywhere in the first kilobyte (some files carry a prefix).
  if (b.subarray(0, 1024).indexOf(PDF) !== -1) return 'pdf';
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
    return b.indexOf(DOCUMENT_XML) !== -1 ? 'docx' : null;
  }
  if (b.length >= 512 && OLE2.every((v, i) => b[i] === v)) {
    if (b.indexOf(ENCRYPTED_PACKAGE) !== -1) return 'encrypted-office';
    if (b.indexOf(WORD_DOCUMENT) !== -1) return 'doc';
  }
  return null;
}

/** Whether the bytes start like an OLE2 compound file (Word 97, Excel 97…), whole or not. */
export function isOle2(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE2.every((v, i) => bytes[i] === v);
}

/** The kind a file's extension claims (`.pdf`, `.docx`, `.doc`), or null. */
export function kindByExtension(path: string | undefined): 'pdf' | 'docx' | 'doc' | null {
  const m = path ? /\.(pdf|docx|doc)$/i.exec(path) : null;
  return m ? (m[1]!.toLowerCase() as 'pdf' | 'docx' | 'doc') : null;
}
