import type { Rubric } from './rubric';

/**
 * Why a score sheet cannot be built from a rubric, or undefined when it can:
 * - `noItems`: no item was read (the table has rows, but none is an item);
 * - `noMaxima`: items were read, but not one states its points (no 分值 column,
 *   no `（5分）` in the text), so there is nothing to score against.
 * Hosts say it in their own words (the CLI exits 2, the pane shows a message).
 *
 * @example unscorableReason(extractRubric(table, grid).rubric) // 'noMaxima' for a rubric whose 分值 column is empty
 */
export function unscorableReason(rubric: Rubric): 'noItems' | 'noMaxima' | undefined {
  if (rubric.items.length === 0) return 'noItems';
  if (rubric.items.every((item) => item.max === undefined)) return 'noMaxima';
  return undefined;
}
