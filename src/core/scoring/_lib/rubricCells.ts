import { cellAt, type CellRange, type Grid } from '../../grid/grid';
import { rangeContains } from '../../grid/a1';
import { ROW_VOCABULARY } from '../rubricVocabulary';
import { normalizeText } from './normalizeText';

/**
 * How the rubric walker reads one cell: its own text, and the merged area it
 * belongs to (a category merged down its items, a 分值 merged down the lines of
 * one item). Column `undefined` reads as blank, so optional roles need no checks.
 */
export class RubricCells {
  /** Per column, the merged area covering each row: built once, so a long table is read in linear time. */
  private readonly mergesByCol = new Map<number, Map<number, CellRange>>();

  constructor(private readonly grid: Grid) {}

  /** The cell's own text (blank under the top row of a merged area). */
  own(row: number, col: number | undefined): string {
    return col === undefined ? '' : normalizeText(cellAt(this.grid, row, col));
  }

  /** The merged area holding the cell, when there is one. */
  merge(row: number, col: number | undefined): CellRange | undefined {
    if (col === undefined) return undefined;
    let byRow = this.mergesByCol.get(col);
    if (!byRow) {
      byRow = new Map();
      for (const area of this.grid.merges) {
        if (!rangeContains(area, area.top, col)) continue;
        for (let r = area.top; r <= area.bottom; r += 1) byRow.set(r, area);
      }
      this.mergesByCol.set(col, byRow);
    }
    return byRow.get(row);
  }

  /** The cell's text, or the text of the merged area's top-left cell it lies in. */
  merged(row: number, col: number | undefined): string {
    const area = this.merge(row, col);
    return area ? normalizeText(cellAt(this.grid, area.top, area.left)) : this.own(row, col);
  }

  /** True when the cell lies under the top row of a merged area that starts at or after `from`. */
  mergedFromAbove(row: number, col: number | undefined, from: number): boolean {
    const area = this.merge(row, col);
    return area !== undefined && area.top < row && area.top >= from;
  }
}

/**
 * Words printed one character per line (a narrow vertical cell: `1、\n领\n导\n有\n力`)
 * joined back: `1、领导有力`. Text with real words between its spaces is left alone.
 */
export function joinVertical(text: string): string {
  const tokens = text.split(' ');
  return tokens.length >= 3 && tokens.every((t) => t.length <= 3) ? tokens.join('') : text;
}

/** `1.路面硬化、环境美化、绿化，路面无积水…` → number `1`, name `路面硬化、环境美化、绿化`. */
export function numberAndName(text: string): { number?: string; name: string } {
  const m = ROW_VOCABULARY.itemNumber.exec(text);
  const rest = m ? text.slice(m[0].length) : text;
  const clause = rest.split(/[，,；;。（(：:]/)[0].trim() || rest.trim();
  // Headers stay short; a number is never cut in two (`达到100%`, not `达到1…`).
  const cut = clause.length > 14 ? clause.slice(0, 14) + (/^[\d.%]*/.exec(clause.slice(14))?.[0] ?? '') : clause;
  const name = cut.length < clause.length ? `${cut}…` : cut;
  return m ? { number: m[1], name } : { name };
}
