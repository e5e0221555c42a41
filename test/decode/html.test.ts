import { describe, expect, it } from 'vitest';
import { htmlToText, isHtml, sniffHtmlCharset } from '../../src/decode/html.js';
import { HTML_TEXT, HTML_TITLE, fixture } from './helpers.js';

const latin1 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));

describe('isHtml', () => {
  it('by extension, whatever the content', () => {
    for (const p of ['a.html', 'A.HTM', 'x/y.shtml', 'page.xhtml', 'C:\\docs\\p.Html']) expect(isHtml(p, 'plain')).toBe(true);
    for (const p of ['a.txt', 'html', 'a.html.txt', undefined]) expect(isHtml(p, 'plain')).toBe(false);
  });

  it('by a clear HTML start after optional BOM and whitespace', () => {
    expect(isHtml(undefined, '<!DOCTYPE html><p>x')).toBe(true);
    expect(isHtml(undefined, '\uFEFF  \n<!doctype HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">')).toBe(true);
    expect(isHtml(undefined, '<html>')).toBe(true);
    expect(isHtml(undefined, '<HTML lang="zh">')).toBe(true);
    expect(isHtml(undefined, '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">')).toBe(true);
    expect(isHtml('x.txt', '<html>')).toBe(true);
  });

  it('by several block tags in the first 2 KB', () => {
    expect(isHtml(undefined, '<div class="a"><p>一</p><p>二</p></div>')).toBe(true);
    expect(isHtml(undefined, 'x'.repeat(3000) + '<p><p><p><p>')).toBe(false);
  });

  it('not for plain text that mentions a tag or uses angle brackets', () => {
    expect(isHtml(undefined, '2019年全市技术合同成交额1273.36亿元，同比增长77%。')).toBe(false);
    expect(isHtml(undefined, '当 a<b 且 c>d 时，用 <br> 换行。')).toBe(false);
    expect(isHtml(undefined, '<htmlish>')).toBe(false);
    expect(isHtml(undefined, '')).toBe(false);
  });
});

describe('sniffHtmlCharset', () => {
  it('reads <meta charset>', () => {
    expect(sniffHtmlCharset(latin1('<html><head><meta charset=gbk></head>'))).toBe('gbk');
    expect(sniffHtmlCharset(latin1('<meta charset="GB2312" />'))).toBe('gb2312');
    expect(sniffHtmlCharset(latin1("<META CHARSET='utf-8'>"))).toBe('utf-8');
  });

  it('reads http-equiv Content-Type in either attribute order', () => {
    expect(sniffHtmlCharset(latin1('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe('gb2312');
    expect(sniffHtmlCharset(latin1('<meta content="text/html;charset=GBK" http-equiv="Content-Type">'))).toBe('gbk');
  });

  it('reads an XML declaration', () => {
    expect(sniffHtmlCharset(latin1('<?xml version="1.0" encoding="GB18030"?><html>'))).toBe('gb18030');
  });

  it('looks at the first 2 KB only and ignores comments', () => {
    expect(sniffHtmlCharset(latin1(' '.repeat(2100) + '<meta charset=gbk>'))).toBeNull();
    expect(sniffHtmlCharset(latin1('<!-- <meta charset=big5> --><meta charset=gbk>'))).toBe('gbk');
    expect(sniffHtmlCharset(latin1('<html><body>charset=gbk</body>'))).toBeNull();
    expect(sniffHtmlCharset(new Uint8Array())).toBeNull();
  });

  it('works on the GBK fixture', () => {
    expect(sniffHtmlCharset(fixture('sample.gbk.html'))).toBe('gb2312');
  });
});

describe('htmlToText on the fixture page', () => {
  const page = new TextDecoder().decode(fixture('sample.html'));
  const { text, title } = htmlToText(page);

  it('gives exactly the expected text and title', () => {
    expect(text).toBe(HTML_TEXT);
    expect(title).toBe(HTML_TITLE);
  });

  it('has no script, style, noscript, comment, head or attribute content', () => {
    // Every decoy in the page carries a figure and the word 里的 ("inside the …").
    expect(text).not.toMatch(/里的/);
    for (const decoy of ['88亿元', '1000亿元', '99亿元', '66亿元', '55亿元', '44亿元', '33亿元', '22亿元', '11亿元', '77亿元']) {
      expect(text).not.toContain(decoy);
    }
    expect(text).not.toMatch(/[<>]{1}[a-z/]/);
    expect(text).not.toMatch(/&[a-z]+;/);
  });
});

describe('htmlToText', () => {
  const t = (html: string) => htmlToText(html).text;

  it('turns block elements into line breaks', () => {
    expect(t('<p>一</p><p>二</p><div>三<div>四</div>五</div><h2>六</h2><ul><li>七</li><li>八</li></ul>')).toBe(
      '一\n二\n三\n四\n五\n六\n七\n八',
    );
    expect(t('<section>a</section><article>b</article><header>c</header><footer>d</footer><ol><li>e</ol>')).toBe('a\nb\nc\nd\ne');
  });

  it('keeps inline elements on the line', () => {
    expect(t('<p>成交额<b>1273.36</b><span>亿元</span>，<a href="#">详见</a></p>')).toBe('成交额1273.36亿元，详见');
  });

  it('<br> breaks lines; at most one blank line in a row', () => {
    expect(t('a<br>b')).toBe('a\nb');
    expect(t('a<br><br>b')).toBe('a\n\nb');
    expect(t('a<br><br><br><br>b<br/><br />')).toBe('a\n\nb');
    expect(t('<br><br>a')).toBe('a');
  });

  it('makes each table row one line, cells separated by " | "', () => {
    const html = `<table>
      <tr><th>指标</th><th>2019年</th><th>2020年</th></tr>
      <tr><td>技术合同成交额</td><td> 1273.36亿元 </td><td><p class="MsoNormal"><span>2256.52</span>亿元</p></td></tr>
      <tr><td>空</td><td></td><td>x</td></tr>
    </table>after`;
    expect(t(html)).toBe('指标 | 2019年 | 2020年\n技术合同成交额 | 1273.36亿元 | 2256.52亿元\n空 | | x\nafter');
  });

  it('copes with unclosed cells and rows', () => {
    expect(t('<table><tr><td>a<td>b<tr><td>c<td>d</table>')).toBe('a | b\nc | d');
    expect(t('<td>a</td><td>b</td>')).toBe('a | b');
  });

  it('keeps the lines of a layout table (long cells)', () => {
    const long = '全市技术合同成交额1273.36亿元。'.repeat(12);
    expect(t(`<table><tr><td>菜单</td><td><p>${long}</p><p>第二段</p></td></tr></table>`)).toBe(`菜单\n${long}\n第二段`);
  });

  it('decodes entities', () => {
    expect(t('<p>a&nbsp;b&amp;c &lt;d&gt; &ldquo;e&rdquo; &#x7B2C;&#49;&#12288;页 &yen;5 &copy;</p>')).toBe('a b&c <d> “e” 第1　页 ¥5 ©');
  });

  it('never outputs script, style, noscript, template or head text', () => {
    const html = `<html><head><title>T</title><script>var a="x"</script><style>p{}</style><meta name="k" content="v">headtext</head>
      <body><script>document.write("<p>no</p>")</script><noscript>ns</noscript><template><p>tpl</p></template><p>yes</p></body></html>`;
    expect(htmlToText(html)).toEqual({ text: 'yes', title: 'T' });
  });

  it('ends an unclosed <head> at the first body element', () => {
    expect(htmlToText('<head><title>标题</title><p>正文</p>')).toEqual({ text: '正文', title: '标题' });
    expect(htmlToText('<head><title>标题</title><body>正文')).toEqual({ text: '正文', title: '标题' });
  });

  it('never outputs attributes', () => {
    expect(t('<p title="t1" data-x="t2"><img alt="t3" src="t4"><input value="t5">正文</p>')).toBe('正文');
  });

  it('title: first <title>, whitespace collapsed, or null', () => {
    expect(htmlToText('<title>\n  关于  印发\n的通知 </title>').title).toBe('关于 印发的通知');
    expect(htmlToText('<title> </title><p>x').title).toBeNull();
    expect(htmlToText('<p>x</p>').title).toBeNull();
    expect(htmlToText('<title>a &amp; b</title><title>second</title>').title).toBe('a & b');
    expect(htmlToText('<svg><title>icon</title></svg><title>page</title>').title).toBe('page');
  });

  it('collapses whitespace, trims lines, drops source line breaks between CJK characters', () => {
    expect(t('<p>  a \t b\n c  </p>')).toBe('a b c');
    expect(t('<p>全市备案\n    产学研联盟</p>')).toBe('全市备案产学研联盟');
    expect(t('<p>成交额\n1273.36亿元</p>')).toBe('成交额 1273.36亿元');
    expect(t('<p>　　两个全角空格开头</p>')).toBe('　　两个全角空格开头');
  });

  it('keeps line breaks inside <pre>', () => {
    expect(t('<pre>第一行\n第二行\r\n\n第四行</pre>')).toBe('第一行\n第二行\n\n第四行');
  });

  it('handles empty and odd input', () => {
    expect(htmlToText('')).toEqual({ text: '', title: null });
    expect(t('plain text')).toBe('plain text');
    expect(t('<p>unclosed <b>tags <div>x')).toBe('unclosed tags\nx');
    expect(t('</p></div></td></tr></table>')).toBe('');
    expect(t('<![CDATA[x]]><!-- c --><?php echo 1 ?>y')).toBe('y');
  });
});
