import { cellText } from '../grid/cell-text';
import type { Grid } from '../grid/grid';
import type { RowProfile } from './_lib/row-profile';

/**
 * Rosters are often typed without a header, the way notices print them:
 * `组  长：| 林  俐 | 市民政局党委书记、局长`, then rows whose first cell is
 * blank ("same as above"). These words in one column make such a block.
 */
export const ROSTER_ROLE_WORDS = /^(?:(?:第[一二三]|常务|执行)?副?(?:总指挥|指挥长|组长|主任|政委|召集人|总召集人)|成员|顾问|秘书长|办公室主任|联络员)[:：]?$/;

/**
 * What stands beside a role: a name (`林  俐`), a name with the title run on or in
 * brackets (`刘某某（市委常委、常务副市长）`, `王荣江苏省委常委、市委书记`), several names
 * (`王国华、王申峰`), or a mask (`***`). On a row of its own (role cell blank) it must
 * start like a name and not be a sentence.
 */
const NAME_START = /^[\p{Script=Han}*＊·][\s\u3000]*[\p{Script=Han}*＊·]/u;

function isNameCell(text: string, roleWritten: boolean): boolean {
  if (text.length === 0 || text.length > 200) return false;
  if (roleWritten) return true;
  return NAME_START.test(text) && text.length <= 60 && !/[。；;]$/.test(text);
}

const roleWord = (text: string) => ROSTER_ROLE_WORDS.test(text.replace(/[\s\u3000]+/g, ''));

export interface HeaderlessRoster {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly roleCol: number;
  readonly nameCol: number;
  readonly titleCol?: number;
}

/** Finds roster blocks among rows no table claimed (`free(row)`). */
export function findHeaderlessRosters(grid: Grid, profiles: readonly RowProfile[], free: (row: number) => boolean): HeaderlessRoster[] {
  const found: HeaderlessRoster[] = [];
  let row = 0;
  while (row < profiles.length) {
    const start = rosterStart(grid, row, profiles[row]);
    if (!start || !free(row)) { row++; continue; }
    let last = row;
    let roleRows = 1;
    for (let next = row + 1; next < profiles.length && free(next); next++) {
      const profile = profiles[next];
      const role = rosterStart(grid, next, profile);
      if (role && role.roleCol === start.roleCol) { roleRows++; last = next; continue; }
      const name = cellText(grid.values[next]?.[start.nameCol] ?? null).trim();
      const roleCell = cellText(grid.values[next]?.[start.roleCol] ?? null).trim();
      if (roleCell === '' && isNameCell(name, false)) { last = next; continue; }
      if (profile.filled.length === 0) continue; // a blank line inside the list
      break;
    }
    if (roleRows >= 2) found.push({ firstRow: row, lastRow: last, ...start });
    row = last + 1;
  }
  return found;
}

function rosterStart(grid: Grid, row: number, profile: RowProfile): Omit<HeaderlessRoster, 'firstRow' | 'lastRow'> | undefined {
  if (profile.filled.length < 2) return undefined;
  const [first, second, third] = profile.filled;
  if (!roleWord(cellText(grid.values[row][first]).trim())) return undefined;
  if (!isNameCell(cellText(grid.values[row][second]).trim(), true)) return undefined;
  return third === undefined ? { roleCol: first, nameCol: second } : { roleCol: first, nameCol: second, titleCol: third };
}
