import type { RubricCells } from './rubricCells';

/** A category as the rows name it. */
export interface CategoryRow {
  readonly name: string;
  readonly declaredTotal?: number;
  readonly bonus: boolean;
  readonly row: number;
  /** Column of the cell that declares its total (the 分值 cell, else the name). */
  readonly col: number;
  /** The category one level up (`I-1 组织管理` above `II-1 创建规划`). */
  readonly parent?: CategoryRow;
}

/**
 * One stretch of a category column that names the same thing: a merged cell, a
 * cell followed by blanks ("same as above"), or the same text typed again.
 */
export interface CategoryRun {
  /** As written, spaces normalised; '' where the column is blank. */
  readonly text: string;
  readonly col: number;
  /** Row where the run starts (its name is written there, or merged from above). */
  readonly row: number;
  /** The run of the column to the left that holds this one. */
  readonly parent?: CategoryRun;
}

/**
 * The run of every category column on every row, reading the columns left to right
 * as levels (`测评项目 | 指标名称`): a run starts where its column has text of its own
 * or where the level above starts a new run, so a blank under a new parent is not
 * "same as above" across the parent's border.
 *
 * @returns per row, one run per column (the same object for every row of a run)
 */
export function categoryRuns(cells: RubricCells, rows: readonly number[], cols: readonly number[], startsAt: (row: number) => boolean): Map<number, CategoryRun[]> {
  const byRow = new Map<number, CategoryRun[]>();
  let current: (CategoryRun | undefined)[] = cols.map(() => undefined);
  for (const row of rows) {
    const next: CategoryRun[] = [];
    let parentChanged = startsAt(row);
    cols.forEach((col, level) => {
      const parent = level === 0 ? undefined : next[level - 1];
      const run = current[level];
      const own = cells.own(row, col);
      const continues = run !== undefined && !parentChanged && (own === '' || own === run.text);
      if (continues) {
        next.push(run);
        return;
      }
      next.push({ text: own || cells.merged(row, col), col, row, ...(parent ? { parent } : {}) });
      parentChanged = true;
    });
    current = next;
    byRow.set(row, next);
  }
  return byRow;
}

/**
 * True when the lowest level names items, not categories: every one of its runs
 * holds at most one item (`II-1 党建工作（7分）`, `1、领导有力` written on each
 * item's row), while a category spans several items somewhere in the table.
 */
export function lowestLevelNamesItems(runsOfItems: readonly (CategoryRun | undefined)[]): boolean {
  const named = runsOfItems.filter((r): r is CategoryRun => r !== undefined && r.text !== '');
  if (named.length === 0) return false;
  const counts = new Map<CategoryRun, number>();
  for (const run of named) counts.set(run, (counts.get(run) ?? 0) + 1);
  return [...counts.values()].every((n) => n === 1);
}
