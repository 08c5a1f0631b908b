import { cellAddress } from '../grid/a1';
import { isPlainText } from '../grid/cell-text';
import type { Grid } from '../grid/grid';
import { DEADLINE_LABELS } from './deadlineVocabulary';
import { alternation } from './_lib/alternation';

/** A deadline written in a notice's prose, and its cell. */
export interface NoticeDeadline {
  /** The phrase after the label, up to the end of its clause: `2020年6月30日前`. */
  readonly text: string;
  readonly sheet: string;
  readonly cell: string;
}

// `完成时限:2020年6月30日前` once NFKC has folded the full-width colon; the clause ends at the first comma or full stop.
const LABELLED = new RegExp(`^\\s*(?:${alternation(DEADLINE_LABELS)})\\s*[:：]\\s*([^，,。；;]+)`);

/**
 * ASCII, CJK ideographs and line breaks are their own NFKC form, and in them the label's colon can
 * only be `:`; such a text without one holds no label. Most cells of a sheet take this shortcut.
 */
const cannotHoldLabel = (text: string): boolean => !text.includes(':') && isPlainText(text);

/**
 * Deadlines a notice states in its text, each on a line opening with a label
 * (`完成时限：2020年6月30日前` after each task of seed 000). Cells that
 * `skip` names (the deadline cells of recognised tables, which `checkDates`
 * reads) are left out.
 */
export function findNoticeDeadlines(grid: Grid, skip: (row: number, col: number) => boolean = () => false): NoticeDeadline[] {
  const found: NoticeDeadline[] = [];
  grid.values.forEach((row, r) => row.forEach((value, c) => {
    if (typeof value !== 'string' || cannotHoldLabel(value) || skip(r, c)) return;
    for (const line of value.split(/\r?\n/)) {
      const m = LABELLED.exec(line.normalize('NFKC'));
      if (m && m[1].trim() !== '') found.push({ text: m[1].trim(), sheet: grid.name, cell: cellAddress(r, c) });
    }
  }));
  return found;
}
