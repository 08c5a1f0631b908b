import { cellText, isBlankValue } from '../../grid/cell-text';
import type { Grid } from '../../grid/grid';

/** What the recogniser needs to know of one row, computed once. */
export interface RowProfile {
  /** Columns holding something visible, left to right. */
  readonly filled: readonly number[];
  /** True when any filled cell is a number or a date (header rows hold text only). */
  readonly hasNumber: boolean;
}

const EMPTY: RowProfile = { filled: [], hasNumber: false };

export function profileRow(grid: Grid, row: number): RowProfile {
  const values = grid.values[row];
  if (!values || values.length === 0) return EMPTY;
  const filled: number[] = [];
  let hasNumber = false;
  for (let col = 0; col < values.length; col++) {
    const value = values[col];
    if (isBlankValue(value)) continue;
    filled.push(col);
    if (typeof value === 'number' || value instanceof Date) hasNumber = true;
  }
  return filled.length === 0 ? EMPTY : { filled, hasNumber };
}

/** Filled columns of a row that fall inside [left, right]. */
export function filledWithin(profile: RowProfile, left: number, right: number): readonly number[] {
  const { filled } = profile;
  // Most rows lie wholly inside their table: the profile's own list, not a copy.
  if (filled.length === 0 || (filled[0] >= left && filled[filled.length - 1] <= right)) return filled;
  return filled.filter((c) => c >= left && c <= right);
}

/** The trimmed text of the only filled cell of a row, or undefined when the row has 0 or ≥2 filled cells. */
export function singleText(grid: Grid, row: number, profile: RowProfile): string | undefined {
  if (profile.filled.length !== 1) return undefined;
  return cellText(grid.values[row][profile.filled[0]]).trim();
}
