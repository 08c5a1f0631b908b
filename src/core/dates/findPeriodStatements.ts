import { cellAddress } from '../grid/a1';
import type { Grid } from '../grid/grid';
import { toIsoDate, type IsoDate } from './calendarDay';
import { deadlineBounds } from './deadlineBounds';
import { PERIOD_LABELS } from './deadlineVocabulary';
import { parseDeadline } from './parseDeadline';
import { alternation } from './_lib/alternation';

/** A campaign period a notice states in its text, and where. */
export interface PeriodStatement {
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The phrase that was read: `2020年5月至12月`. */
  readonly phrase: string;
  /** The whole text of the cell it was read from. */
  readonly text: string;
  readonly sheet: string;
  readonly cell: string;
}

// An enumerator in front of a heading: `二、`, `（二）`, `2.`, `(2)`.
const ENUMERATOR = String.raw`(?:[一二三四五六七八九十]{1,3}\s*[、.]|[(（][一二三四五六七八九十0-9]{1,3}[)）]|\d{1,2}\s*[、.．])?`;
const LABEL = alternation(PERIOD_LABELS);
/** `二、时间安排` alone on its line (the period follows on the next), or with the period after a colon. */
const HEADING = new RegExp(`^\\s*${ENUMERATOR}\\s*(?:${LABEL})\\s*(?:[:：]\\s*(.*))?$`);
/** `活动时间为2020年5月至12月，…` inside a sentence. */
const INLINE = new RegExp(`(?:${LABEL})\\s*(?:为|是|[:：])\\s*(.+)`);
/** The phrase ends where its clause ends. */
const CLAUSE_END = /[。；;，,]/;
/** How far below a bare heading its period may stand (a blank row between is common). */
const ROWS_AFTER_HEADING = 2;

const firstClause = (text: string): string => text.split(CLAUSE_END)[0].trim();

/** The campaign period a phrase names, when it names both ends with a year written: `2020年5月至12月`, `2024年全年`. */
function periodOf(phrase: string): { start: IsoDate; end: IsoDate } | undefined {
  const deadline = parseDeadline(phrase);
  if (deadline.yearSource !== 'text') return undefined;
  if (deadline.kind !== 'interval' && !(deadline.kind === 'ongoing' && deadline.scope === 'year')) return undefined;
  const { start, end } = deadlineBounds(deadline);
  return start && end ? { start: toIsoDate(start), end: toIsoDate(end) } : undefined;
}

function textAt(grid: Grid, row: number, col: number): string | undefined {
  const value = grid.values[row]?.[col];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The first non-empty text below a heading, in its column, within a couple of rows. */
function textBelow(grid: Grid, row: number, col: number): { text: string; row: number } | undefined {
  for (let r = row + 1; r <= row + ROWS_AFTER_HEADING && r < grid.values.length; r += 1) {
    const text = textAt(grid, r, col);
    if (text !== undefined) return { text, row: r };
  }
  return undefined;
}

/**
 * The campaign periods a notice states: under a heading (`二、时间安排` and on the next
 * line `2020年5月至12月。全市各级文明单位要…`), after a label (`活动时间：2020年5月至12月`,
 * `本次活动时间为2021年3月至11月`). Only a period with its year written and both ends
 * is taken (`2020年5月至12月`, `2024年全年`); `6月至9月` could be any year. Cells
 * that `skip` names (inside recognised tables) are left out. In reading order.
 *
 * @example findPeriodStatements(notice) // [{ start: '2020-05-01', end: '2020-12-31', phrase: '2020年5月至12月', sheet: '通知', cell: 'A8', … }]
 */
export function findPeriodStatements(grid: Grid, skip: (row: number, col: number) => boolean = () => false): PeriodStatement[] {
  const found: PeriodStatement[] = [];
  const take = (phrase: string, row: number, col: number, text: string): void => {
    const period = periodOf(phrase);
    if (period) found.push({ ...period, phrase, text, sheet: grid.name, cell: cellAddress(row, col) });
  };
  grid.values.forEach((cells, r) => cells.forEach((value, c) => {
    if (typeof value !== 'string' || skip(r, c) || !/[间期限]/.test(value)) return;
    for (const line of value.split(/\r?\n/)) {
      const normalized = line.normalize('NFKC');
      const heading = HEADING.exec(normalized);
      if (heading && heading[1] !== undefined && heading[1].trim() !== '') {
        take(firstClause(heading[1]), r, c, value);
      } else if (heading) {
        const below = textBelow(grid, r, c);
        if (below && !skip(below.row, c)) take(firstClause(below.text.normalize('NFKC')), below.row, c, below.text);
      } else {
        const inline = INLINE.exec(normalized);
        if (inline) take(firstClause(inline[1]), r, c, value);
      }
    }
  }));
  return found;
}
