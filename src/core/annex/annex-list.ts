import { cleanOddCharacters } from '../contacts/normalizeText';
import { cellText } from '../grid/cell-text';
import type { Grid } from '../grid/grid';
import { cleanTitle } from './_lib/clean-cell';

/** Two full-width spaces: GB/T 9704-2012 §7.3.5 sets `附件` 左空二字. */
const PARAGRAPH_INDENT = '\u3000\u3000';
/** Under `附件：` (three full-width characters) the later numbers align with the first. */
const LIST_INDENT = '\u3000\u3000\u3000';

/**
 * The 附件说明 block of a notice (GB/T 9704-2012 §7.3.5): `附件：` then the
 * titles numbered `1．`, `2．` (Arabic digit, full-width dot), later lines
 * indented to align with the first title, no punctuation after a title; a
 * single annex carries no number. With `indent` (the default) each line
 * starts two characters in, as the standard sets it; without it the cell's
 * own indent does that.
 *
 * @example buildAnnexList(['文明单位结对社区共建活动计划表', '星级文明小区评选标准'], { indent: false })
 * // → ['附件：1．文明单位结对社区共建活动计划表', '　　　2．星级文明小区评选标准']
 */
export function buildAnnexList(titles: readonly string[], options: { readonly indent?: boolean } = {}): string[] {
  const lead = options.indent === false ? '' : PARAGRAPH_INDENT;
  const clean = titles.map((t) => cleanTitle(t).replace(/[。．.，,；;：:、]+$/, '')).filter((t) => t !== '');
  if (clean.length === 1) return [`${lead}附件：${clean[0]}`];
  return clean.map((title, i) => `${lead}${i === 0 ? '附件：' : LIST_INDENT}${i + 1}．${title}`);
}

/** One line of a notice's 附件说明, where it stands. */
export interface ListedAnnex {
  readonly row: number;
  readonly col: number;
  readonly number: number;
  readonly title: string;
}

const FIRST = /^[\s\u3000]*附\s*件\s*[:：]\s*(.+)$/;
const NUMBERED = /^[\s\u3000]*(\d+)\s*[.．、]\s*(.+)$/;

/**
 * Reads the 附件说明 lists of a sheet: a cell starting `附件：1．…` (or
 * `附件：` and one unnumbered title), then `2．…`, `3．…` in the cells below
 * (one blank row allowed between) or on further lines of the same cell.
 *
 * @example readAnnexLists(notice) // seed 000 通知: [{ row: 30, col: 0, number: 1, title: '文明单位结对社区共建活动计划表' }, { row: 31, … number: 2 … }]
 */
export function readAnnexLists(grid: Grid): ListedAnnex[] {
  const found: ListedAnnex[] = [];
  grid.values.forEach((cells, row) => cells.forEach((value, col) => {
    // Most cells are data: only text mentioning 附 can open a list (checked before any normalising).
    if (typeof value !== 'string' || !value.includes('附')) return;
    const lines = cleanOddCharacters(cellText(value)).split('\n');
    const first = FIRST.exec(lines[0]);
    if (!first) return;
    const head = NUMBERED.exec(first[1]);
    if (!head) { found.push({ row, col, number: 1, title: first[1].trim() }); return; }
    const list: ListedAnnex[] = [{ row, col, number: Number(head[1]), title: head[2].trim() }];
    const more = (text: string, at: number) => {
      const m = NUMBERED.exec(text);
      if (!m || Number(m[1]) !== list[list.length - 1].number + 1) return false;
      list.push({ row: at, col, number: Number(m[1]), title: m[2].trim() });
      return true;
    };
    for (const line of lines.slice(1)) if (!more(line, row)) break;
    if (lines.length === 1) {
      for (let r = row + 1, blanks = 0; r < grid.values.length && blanks <= 1; r++) {
        const text = cleanOddCharacters(cellText(grid.values[r]?.[col] ?? null));
        if (text.trim() === '') { blanks++; continue; }
        if (!more(text, r)) break;
        blanks = 0;
      }
    }
    found.push(...list);
  }));
  return found;
}

/**
 * A title as compared with the annex's: spaces, quotation marks and the
 * contents of brackets ignored, because the list names the annex and the
 * table title adds its scope (`（淇滨区46个）`), while a different word is a
 * real mismatch (`星级文明小区评选标准` ≠ `鹤壁市星级文明小区评选标准`).
 */
export function comparableTitle(title: string): string {
  return cleanOddCharacters(title)
    .replace(/[（(][^（）()]*[）)]/g, '')
    .replace(/[\s\u3000“”‘’"'《》<>]/g, '')
    .replace(/[。．.，,；;：:、]+$/, '');
}
