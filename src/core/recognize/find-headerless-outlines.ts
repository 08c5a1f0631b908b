import { cellText } from '../grid/cell-text';
import type { Grid } from '../grid/grid';
import type { MergeIndex } from './_lib/merge-index';
import type { RowProfile } from './_lib/row-profile';
import { NUMBERED_HEADING } from './title-text';
import type { ColumnRole, TableKind } from './table-kind';

/** A heading as notices number them, with something after the number: `一、机构健全星`, `（三）…`. */
const HEADING = new RegExp(`${NUMBERED_HEADING.source}\\s*\\S`);

/**
 * Outlines typed into two columns, the way a notice prints a standard or a list of
 * problems without a table: a numbered heading in one column (`一、机构健全星`), its
 * text or numbered items in the next. What the headings are decides the kind, as data.
 */
const OUTLINE_KINDS: readonly { readonly kind: TableKind; readonly heading: ColumnRole; readonly text: ColumnRole; readonly when: (headings: readonly string[], title: string) => boolean }[] = [
  // Every heading names a star: `一、干净整洁星`.
  { kind: 'star-standard', heading: 'aspect', text: 'criterion', when: (headings) => headings.every((h) => /星$/.test(h)) },
  // Sites with their problems, under a title that says so: `实地点位的问题如下：`.
  { kind: 'site-checklist', heading: 'site', text: 'criterion', when: (_, title) => /问题|点位|整改|督查/.test(title) },
];

export interface HeaderlessOutline {
  readonly kind: TableKind;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly rows: readonly number[];
  readonly columns: readonly { readonly role: ColumnRole; readonly col: number }[];
}

/** The last single-cell line above `row`: the outline's title. */
function titleAbove(grid: Grid, profiles: readonly RowProfile[], row: number): string {
  for (let r = row - 1; r >= 0 && r >= row - 3; r--) {
    if (profiles[r].filled.length === 1) return cellText(grid.values[r][profiles[r].filled[0]]).trim();
    if (profiles[r].filled.length > 1) break;
  }
  return '';
}

/** Finds outline blocks among rows no table claimed (`free(row)`). */
export function findHeaderlessOutlines(grid: Grid, profiles: readonly RowProfile[], merges: MergeIndex, free: (row: number) => boolean): HeaderlessOutline[] {
  const found: HeaderlessOutline[] = [];
  const text = (row: number, col: number) => cellText(grid.values[row]?.[col] ?? null).trim();
  let row = 0;
  while (row < profiles.length) {
    const first = profiles[row].filled[0];
    if (!free(row) || first === undefined || !HEADING.test(text(row, first)) || text(row, first).length > 24) { row++; continue; }
    const headingCol = first;
    const textCol = headingCol + 1;
    const headings: string[] = [];
    const rows: number[] = [];
    let next = row;
    for (; next < profiles.length && free(next); next++) {
      const { filled } = profiles[next];
      if (filled.length === 0) break;
      if (filled.some((c) => c !== headingCol && c !== textCol)) break;
      const head = text(next, headingCol);
      const covered = merges.at(next, headingCol);
      if (head !== '' && !(covered && covered.top !== next)) {
        if (!HEADING.test(head) || head.length > 24) break;
        headings.push(head.replace(HEADING, (m) => m.slice(-1)).trim());
      } else if (text(next, textCol) === '') break;
      rows.push(next);
    }
    const title = titleAbove(grid, profiles, row);
    const shape = headings.length >= 2 && rows.length >= 3 ? OUTLINE_KINDS.find((k) => k.when(headings, title)) : undefined;
    if (shape) {
      found.push({ kind: shape.kind, firstRow: rows[0], lastRow: rows[rows.length - 1], rows, columns: [{ role: shape.heading, col: headingCol }, { role: shape.text, col: textCol }] });
      row = next;
    } else {
      row++;
    }
  }
  return found;
}
