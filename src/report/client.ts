/**
 * The page's script: filters (indicator, region, year), sorting by a column,
 * and the sources panel that opens when a value or a chart point is clicked.
 * Written as one function without imports: the page inlines its source.
 */
export function clientMain(): void {
  const $ = <T extends Element>(sel: string, root: ParentNode = document) => root.querySelector<T>(sel);
  const $$ = <T extends Element>(sel: string, root: ParentNode = document) => Array.from(root.querySelectorAll<T>(sel));
  const tbody = $<HTMLTableSectionElement>('#rows tbody')!;
  const rows = $$<HTMLTableRowElement>('tr[data-row]', tbody);
  const fIndicator = $<HTMLSelectElement>('#f-indicator')!;
  const fRegion = $<HTMLSelectElement>('#f-region')!;
  const fYear = $<HTMLSelectElement>('#f-year')!;
  const count = $<HTMLElement>('#count')!;
  const panel = $<HTMLElement>('#panel')!;
  const panelBody = $<HTMLElement>('#panel-body')!;

  function apply(): void {
    const ind = fIndicator.value;
    const reg = fRegion.value;
    const year = fYear.value;
    let shown = 0;
    for (const tr of rows) {
      const ok = (!ind || tr.dataset.indicator === ind) && (!reg || tr.dataset.region === reg) && (!year || tr.dataset.year === year);
      tr.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = `${shown} / ${rows.length}`;
    for (const card of $$<HTMLElement>('.chart-card')) {
      let visible = 0;
      for (const el of $$<SVGGElement | HTMLLIElement>('.series, .legend li', card)) {
        const off = !!reg && el.dataset.region !== reg;
        el.classList.toggle('off', off);
        if (!off && el.classList.contains('series')) visible++;
      }
      card.hidden = (!!ind && card.dataset.indicator !== ind) || visible === 0;
    }
  }

  function sortBy(button: HTMLButtonElement): void {
    const th = button.closest('th')!;
    const col = Array.from(th.parentElement!.children).indexOf(th);
    const asc = th.getAttribute('aria-sort') !== 'ascending';
    for (const other of $$('th[aria-sort]')) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    const num = button.dataset.kind === 'num';
    const key = (tr: HTMLTableRowElement) => (tr.children[col] as HTMLElement).dataset.v ?? '';
    const sorted = rows.slice().sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const c = num ? (x === '' ? Infinity : Number(x)) - (y === '' ? Infinity : Number(y)) : x.localeCompare(y, 'zh');
      return (asc ? c : -c) || Number(a.dataset.row) - Number(b.dataset.row);
    });
    for (const tr of sorted) tbody.appendChild(tr);
  }

  function open(row: string): void {
    const src = document.getElementById(`row-${row}`);
    if (!src) return;
    panelBody.replaceChildren(src.cloneNode(true));
    panel.hidden = false;
    for (const tr of rows) tr.classList.toggle('selected', tr.dataset.row === row);
    $<HTMLButtonElement>('#panel-close')!.focus();
  }

  function close(): void {
    panel.hidden = true;
    for (const tr of rows) tr.classList.remove('selected');
  }

  for (const sel of [fIndicator, fRegion, fYear]) sel.addEventListener('change', apply);
  for (const b of $$<HTMLButtonElement>('button.sort')) b.addEventListener('click', () => sortBy(b));
  document.addEventListener('click', (e) => {
    const target = (e.target as Element).closest('[data-row].val, circle.pt');
    if (target) open((target as HTMLElement).dataset.row!);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) close();
    const t = e.target as Element;
    if ((e.key === 'Enter' || e.key === ' ') && t.matches('circle.pt')) {
      e.preventDefault();
      open((t as SVGCircleElement).dataset.row!);
    }
  });
  $<HTMLButtonElement>('#panel-close')!.addEventListener('click', close);
  apply();
}
