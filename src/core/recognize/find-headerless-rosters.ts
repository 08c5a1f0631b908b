import { cellText } from '../grid/cell-text';
import type { Grid } from '../grid/grid';
import type { RowProfile } from './_lib/row-profile';

/**
 * Rosters are often typed without a header, the way notices print them:
 * `组  长：| 林  俐 | 市民政局党委书记、局长`, then rows whose first cell is
 * blank ("same as above"). These words in one column make such a block.
 */
export const ROSTER_ROLE_WORDS = /^(组\s*长|副\s*组\s*长|常务副组长|执行组长|成\s*员|顾\s*问|秘\s*书\s*长|办公室主任|联\s*络\s*员)\s*[:：]?$/;

/** A person's name as rosters print it: 2–4 Han characters, maybe padded (`张  敏`). */
const NAME_CELL = /^[\p{Script=Han}·]([\s\u3000]*[\p{Script=Han}·]){1,4}$/u;

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
      if (roleCell === '' && NAME_CELL.test(name)) { last = next; continue; }
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
  if (!ROSTER_ROLE_WORDS.test(cellText(grid.values[row][first]).trim())) return undefined;
  if (!NAME_CELL.test(cellText(grid.values[row][second]).trim())) return undefined;
  return third === undefined ? { roleCol: first, nameCol: second } : { roleCol: first, nameCol: second, titleCol: third };
}
