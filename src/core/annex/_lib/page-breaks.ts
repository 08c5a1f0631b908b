import type { CellRange } from '../../grid/grid';
import type { AnnexLayoutRow } from '../annex-layout';
import type { AnnexRow } from '../annex-table';

/** Points per millimetre. */
const PT_PER_MM = 72 / 25.4;
/** Leave a little room: hosts round row heights to whole pixels. */
const SAFETY = 0.98;

/**
 * Manual page breaks that keep a merged category (`物业管理好` over four
 * items) and a district's sub-heading with the rows they head on one page.
 * Row heights are the plan's own, so the pages can be counted here. A block
 * taller than a page breaks between its rows, where the host would break it
 * anyway (`splitMergesAtBreaks` then repeats the category on the new page).
 * Returns the 1-based rows after which a new page starts.
 */
export function pageBreaks(rows: readonly AnnexLayoutRow[], body: readonly AnnexRow[], bodyTop: number, headerRows: readonly [number, number], pageHeightMm: number): number[] {
  const capacity = pageHeightMm * PT_PER_MM * SAFETY;
  const headerHeight = rows.slice(headerRows[0] - 1, headerRows[1]).reduce((a, r) => a + r.height, 0);
  // A block: a row and every row glued to it (continuing one of its merged cells, or headed by a sub-heading).
  const blocks: number[][] = [];
  body.forEach((row, n) => {
    const glued = n > 0 && (row.continues.some(Boolean) || body[n - 1].type === 'section');
    if (glued) blocks[blocks.length - 1].push(bodyTop + n); else blocks.push([bodyTop + n]);
  });
  const height = (row: number) => rows[row - 1].height;
  const breaks: number[] = [];
  let used = rows.slice(0, bodyTop - 1).reduce((a, r) => a + r.height, 0);
  let bodyOnPage = false;
  const newPage = (before: number) => { breaks.push(before - 1); used = headerHeight; bodyOnPage = false; };
  for (const block of blocks) {
    const total = block.reduce((a, r) => a + height(r), 0);
    if (used + total > capacity && bodyOnPage && total <= capacity - headerHeight) newPage(block[0]);
    for (const row of block) {
      if (used + height(row) > capacity && bodyOnPage) newPage(row);
      used += height(row);
      bodyOnPage = true;
    }
  }
  return breaks;
}

/**
 * Cuts vertical merges at page breaks, so each page shows its own part of a
 * category with the text repeated, instead of a merged cell whose text is
 * printed across the fold. Returns the merges and the cells to write again
 * (0-based sheet rows).
 */
export function splitMergesAtBreaks(merges: readonly CellRange[], breaks: readonly number[]): { merges: CellRange[]; repeats: { row: number; col: number; from: number }[] } {
  const out: CellRange[] = [];
  const repeats: { row: number; col: number; from: number }[] = [];
  for (const m of merges) {
    // A break after 1-based row b falls between 0-based rows b − 1 and b.
    const cuts = breaks.filter((b) => m.left === m.right && b - 1 >= m.top && b <= m.bottom);
    if (cuts.length === 0) { out.push(m); continue; }
    let top = m.top;
    for (const b of [...cuts, m.bottom + 1]) {
      out.push({ ...m, top, bottom: b - 1 });
      if (b <= m.bottom) repeats.push({ row: b, col: m.left, from: m.top });
      top = b;
    }
  }
  return { merges: out, repeats };
}
