/** The report's stylesheet: readable at 1280 px and on a phone, printable. */
export const STYLE = `
:root{--fg:#1d2330;--muted:#5b6475;--line:#d9dde5;--bg:#fff;--soft:#f4f6f9;--warn:#b42318;--accent:#0b57d0}
*{box-sizing:border-box}
body{margin:0;color:var(--fg);background:var(--bg);font:15px/1.55 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC","WenQuanYi Zen Hei",sans-serif}
main{max-width:1240px;margin:0 auto;padding:16px}
h1{font-size:1.5rem;margin:.2em 0}
h2{font-size:1.15rem;margin:1.6em 0 .6em;border-bottom:1px solid var(--line);padding-bottom:.2em}
h3{font-size:1rem;margin:0 0 .4em}
code{font:12px/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
.meta{color:var(--muted);margin:0}
.filters{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:end;position:sticky;top:0;background:var(--bg);padding:8px 0;z-index:2;border-bottom:1px solid var(--line)}
.filters label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted)}
.filters select{font:inherit;font-size:.95rem;padding:4px 6px;min-width:9em;max-width:80vw}
#count{color:var(--muted);font-size:.9rem}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,560px),1fr));gap:16px}
.chart-card{margin:0;border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fff}
.chart{width:100%;height:auto;display:block}
.chart .grid{stroke:#e7eaf0;stroke-width:1}
.chart .tick,.chart .unit{font-size:11px;fill:var(--muted)}
.chart .line{fill:none;stroke-width:2.2}
.chart .pt{cursor:pointer;stroke-width:2}
.chart .pt:hover,.chart .pt:focus{r:7;outline:none}
.chart .pt.conflict{stroke:var(--warn);stroke-width:3}
.chart .off{display:none}
.legend{list-style:none;margin:6px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:.85rem}
.legend li{display:flex;align-items:center;gap:6px}
.legend li.off{display:none}
.key{font-size:.85rem;color:var(--muted)}
.table-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:8px}
table{border-collapse:collapse;width:100%}
th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:var(--soft);position:sticky;top:0}
th button.sort{all:unset;cursor:pointer;font-weight:600;white-space:nowrap}
th[aria-sort=ascending] button.sort::after{content:" ▲"}
th[aria-sort=descending] button.sort::after{content:" ▼"}
td.num{text-align:right;white-space:nowrap}
button.val{font:inherit;color:var(--accent);background:none;border:0;padding:0;cursor:pointer;text-decoration:underline dotted;text-underline-offset:3px}
tr.selected{background:#eef4ff}
tr.has-conflict td{background:#fff8f7}
.badge{display:inline-block;margin-left:6px;color:var(--warn);font-size:.8rem;white-space:nowrap}
.target{color:#8a5a00}
#panel{position:fixed;top:0;right:0;bottom:0;width:min(520px,100%);background:#fff;border-left:1px solid var(--line);box-shadow:-8px 0 24px rgba(0,0,0,.12);overflow:auto;padding:14px 16px;z-index:5}
#panel[hidden],#sources{display:none}
#panel-close{float:right;font:inherit;border:1px solid var(--line);background:var(--soft);border-radius:6px;padding:2px 10px;cursor:pointer}
.values{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:10px}
.value-col{border:1px solid var(--line);border-radius:6px;padding:8px 10px}
.value-col:not(.shown){border-color:#f3b4ad;background:#fff8f7}
.value-col .v{font-size:1.15rem;font-weight:600}
.value-col .n{display:block;font-size:.8rem;font-weight:400;color:var(--muted)}
.value-col ol{margin:6px 0 0;padding-left:1.2em}
.value-col li{margin-bottom:8px}
.where{display:flex;flex-wrap:wrap;gap:2px 8px}
.where code{word-break:break-all}
.stated{font-size:.8rem;color:var(--muted)}
.doc{font-size:.85rem;color:var(--muted)}
blockquote{margin:4px 0 0;padding:4px 8px;border-left:3px solid var(--line);background:var(--soft)}
mark{background:#ffe08a;padding:0 1px}
.warn{color:var(--warn);margin:.2em 0 .5em}
table.docs td{font-size:.9rem}
@media (max-width:700px){
  main{padding:10px}
  #panel{top:auto;left:0;width:100%;height:70vh;border-left:0;border-top:1px solid var(--line)}
  th,td{padding:5px 6px}
  .filters select{min-width:7em}
}
@media print{
  .filters,#panel,.badge{display:none!important}
  #sources{display:block}
  main{max-width:none;padding:0}
  .chart-card,.src,tr{break-inside:avoid}
  .charts{grid-template-columns:1fr 1fr}
  thead th{position:static}
  button.val{color:inherit;text-decoration:none}
  .table-wrap{overflow:visible;border:0}
  .src{border-top:1px solid var(--line);padding-top:6px;margin-top:8px}
}
`;
