import type { AnnexTable } from '../annex-table';
import { orphansIn, textHeightPt } from '../../grid/measure-text';

/** Moves tried at most; each moves one unit of width from one column to another. */
const MAX_MOVES = 200;
const STEPS = [1, 2, 4];
/** What one character alone on a line costs, in points of row height: it reads badly, so widths avoid it when they can. */
const ORPHAN_COST = 6;

/**
 * Shares a fixed table width among the columns so the rows come out as low as
 * they can (what a clerk does by dragging column borders): one unit at a time
 * moves from the column where it costs least height to the one where it saves
 * most, while the total height of the rows (plus a cost for each character
 * left alone on a line) drops. Heights per column and
 * width are computed once, so a move costs a sum, not a re-measure.
 */
export function balanceWidths(table: AnnexTable, widths: readonly number[], floors: readonly number[], fontSize: number): number[] {
  // A cell merged down over the rows below (a category) is not measured against its own row.
  const data = table.rows
    .map((row, n) => ({ row, next: table.rows[n + 1] }))
    .filter(({ row }) => row.type === 'data')
    .map(({ row, next }) => ({ cells: row.cells, merged: row.cells.map((_, i) => next?.continues[i] === true) }));
  const cache = widths.map(() => new Map<number, { heights: number[]; orphans: number }>());
  const measure = (col: number, width: number) => {
    let m = cache[col].get(width);
    if (!m) {
      const texts = data.map((r) => (r.cells[col] === null ? '' : String(r.cells[col])));
      m = {
        heights: texts.map((t, r) => (t === '' || data[r].merged[col] ? 0 : textHeightPt(t, width, fontSize))),
        orphans: texts.reduce((n, t) => n + orphansIn(t, width, fontSize), 0),
      };
      cache[col].set(width, m);
    }
    return m;
  };
  const total = (w: readonly number[]) => {
    const columns = w.map((x, i) => measure(i, x));
    const rows = data.reduce((sum, _, r) => sum + Math.max(0, ...columns.map((c) => c.heights[r])), 0);
    return rows + ORPHAN_COST * columns.reduce((n, c) => n + c.orphans, 0);
  };
  const out = widths.map((w) => Math.floor(w));
  // Whatever rounding took goes to the widest column, so the table keeps its width.
  const widest = out.indexOf(Math.max(...out));
  out[widest] += Math.round(widths.reduce((a, b) => a + b, 0) - out.reduce((a, b) => a + b, 0));
  let best = total(out);
  for (let move = 0; move < MAX_MOVES; move++) {
    let choice: [number, number, number, number] | undefined;
    // Steps of several units: one unit often changes no line break, so single steps stall.
    for (const step of STEPS) {
      for (let from = 0; from < out.length; from++) {
        if (out[from] - step < floors[from]) continue;
        for (let to = 0; to < out.length; to++) {
          if (to === from) continue;
          out[from] -= step; out[to] += step;
          const t = total(out);
          out[from] += step; out[to] -= step;
          if (t < best - 0.5 && (!choice || t < choice[2])) choice = [from, to, t, step];
        }
      }
    }
    if (!choice) break;
    out[choice[0]] -= choice[3]; out[choice[1]] += choice[3];
    best = choice[2];
  }
  return out;
}
