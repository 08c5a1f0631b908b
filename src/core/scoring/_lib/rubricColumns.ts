import { columnOf, columnsOf, type RecognizedTable } from '../../recognize/recognized-table';

/** The columns a rubric walker reads, by what they mean to it (0-based). */
export interface RubricColumns {
  /** Label levels left to right: the category columns, and every criterion column but the last. */
  readonly levels: readonly number[];
  /** Where the criterion text is: the last criterion column. */
  readonly criterion: number | undefined;
  /** Where a row's name is read: the first level, else the criterion. */
  readonly label: number | undefined;
  readonly seq: number | undefined;
  readonly max: number | undefined;
  readonly method: number | undefined;
  readonly note: number | undefined;
  /** Cells merged down the lines of one item (r28: 序号, 分值 and 得分 over three check lines). */
  readonly itemKeys: readonly (number | undefined)[];
}

/**
 * The recognised columns of a rubric as the walker reads them. A criterion bound to two
 * columns (`测评内容 | 测评标准`) holds its text in the last; the others name levels above
 * it (`社区党组织建设3分`), like category columns.
 */
export function rubricColumns(table: RecognizedTable): RubricColumns {
  const criteria = columnsOf(table, 'criterion').sort((a, b) => a - b);
  const criterion = criteria[criteria.length - 1];
  const levels = [...columnsOf(table, 'category'), ...criteria.slice(0, -1)].sort((a, b) => a - b);
  const label = levels[0] ?? criterion;
  const seq = columnOf(table, 'seq');
  const max = columnOf(table, 'maxPoints');
  return {
    levels,
    criterion,
    label,
    seq,
    max,
    method: columnOf(table, 'method'),
    note: columnOf(table, 'note'),
    itemKeys: [seq, max, ...columnsOf(table, 'score')],
  };
}
