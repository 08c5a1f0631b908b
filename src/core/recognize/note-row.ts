import { cellText } from '../grid/cell-text';
import type { Grid } from '../grid/grid';
import { NOTE_START } from './title-text';

const REMARK_LABEL = /^\s*(备\s*注|说\s*明|注|附\s*注)\s*[:：]?\s*$/;

/**
 * A row under a table that is prose, not data: `注：…`, `检查人员签字：`, a
 * numbered remark written across the table (`1. 具体活动要求: …`), or one
 * cell merged across the table. Long text in an inner column is data (a
 * rubric item split across a page break), so only the first column counts.
 */
export function isNoteRow(grid: Grid, row: number, filled: readonly number[], left: number, right: number): boolean {
  // `备注 | 正式发文：…` closing a checklist: a remark label and its text.
  if (filled.length === 2 && filled[0] === left && REMARK_LABEL.test(cellText(grid.values[row][left] ?? null))) return true;
  if (filled.length !== 1) return false;
  const [col] = filled;
  const value = grid.values[row][col];
  if (typeof value !== 'string') return false;
  const text = value.trim();
  if (NOTE_START.test(text)) return true;
  if (/[:：]$/.test(text) && text.length <= 20) return true;
  // A lone date at the foot of a table is its signing date (`2019年4月21日`), not a row of it.
  if (right - left >= 2 && /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(text)) return true;
  if (col !== left) return false;
  const merge = grid.merges.find((m) => m.top === row && m.left === col);
  const width = right - left + 1;
  if (width >= 3 && merge && merge.right - merge.left + 1 >= Math.ceil(width * 0.8)) return true;
  return width >= 3 && text.length >= 30;
}

