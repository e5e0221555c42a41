/** Whether a document is HTML, in a module of its own: the command line's main thread asks without loading the HTML parser. */

const HTML_EXT = /\.(?:html?|shtml|xhtml)$/i;
const HTML_START = /^(?:\uFEFF|\s)*<(?:!doctype\s+html|html)[\s>/]/i;
const XML_START = /^(?:\uFEFF|\s)*<\?xml[^>]*\?>\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>/]/i;
const BLOCK_TAG = /<(?:p|div|br|table|tr|td|th|li|ul|ol|h[1-6]|body|head|title|meta|section|article|header|footer|span|a)\b[^<>]*>/gi;

/**
 * Whether a document is HTML: by extension (.html .htm .shtml .xhtml), or by
 * content that clearly starts like HTML (`<!doctype html`, `<html`, or an XML
 * declaration followed by either, after an optional BOM and whitespace), or at
 * least 3 tags from a short list (p div br table tr td th li ul ol h1–h6 body
 * head title meta section article header footer span a) in the first 2 KB.
 */
export function isHtml(path: string | undefined, text: string): boolean {
  if (path !== undefined && HTML_EXT.test(path)) return true;
  const head = text.length > 2048 ? text.slice(0, 2048) : text;
  if (HTML_START.test(head) || XML_START.test(head)) return true;
  BLOCK_TAG.lastIndex = 0;
  let n = 0;
  while (BLOCK_TAG.exec(head) !== null) if (++n >= 3) return true;
  return false;
}
