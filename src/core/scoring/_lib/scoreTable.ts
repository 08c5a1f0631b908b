import { textHeightPt } from '../../grid/measure-text';
import { and, compare, call, isNumber, match, num, or, type Formula } from '../../formula/formula';
import { cellRef } from '../../formula/references';
import { columnLetter } from '../../grid/a1';
import type { Rubric } from '../rubric';
import type { ScoreInputLayout } from '../scoreSheetLayout';
import type { ScoreColumn } from './scoreColumns';
import type { ScoreSettingsRefs } from './scoreSettings';
import { SHEET_STYLE, type SheetPlan } from './sheetPlan';

/** Counted honours are whole numbers; a hundred is more than any rubric caps. */
const MAX_COUNT = 100;

export interface ScoreTableSpec {
  readonly title: string;
  readonly entityHeader: string;
  readonly entities: readonly string[];
  readonly rubric: Rubric;
  readonly columns: readonly ScoreColumn[];
  readonly totalCol: number;
  readonly levelCol?: number;
  readonly rankCol: number;
  readonly headerRow: number;
  readonly firstRow: number;
}

/** Title, category band, headers, 序号 and names, formats and widths of a score table. */
export function writeScoreTable(plan: SheetPlan, spec: ScoreTableSpec): void {
  const { headerRow, firstRow, rankCol } = spec;
  const lastRow = firstRow + spec.entities.length - 1;
  const band = headerRow - 1;
  plan.set(0, 0, spec.title);
  plan.merge({ top: 0, left: 0, bottom: 0, right: rankCol });
  plan.format({ top: 0, left: 0, bottom: 0, right: rankCol }, SHEET_STYLE.title);
  const headers: [number, string][] = [[0, '序号'], [1, spec.entityHeader], ...spec.columns.map((c): [number, string] => [c.col, c.header]), [spec.totalCol, '总分'], ...(spec.levelCol === undefined ? [] : [[spec.levelCol, '等级'] as [number, string]]), [rankCol, '名次']];
  for (const [col, header] of headers) plan.set(headerRow, col, header);
  // One band row: the top level only (a second level would overlap its parent's merged cell).
  for (const category of spec.rubric.categories.filter((c) => c.parent === undefined)) {
    const cols = spec.columns.filter((c) => category.itemIds.includes(c.item.id)).map((c) => c.col);
    if (cols.length === 0) continue;
    plan.set(band, Math.min(...cols), category.name);
    plan.merge({ top: band, left: Math.min(...cols), bottom: band, right: Math.max(...cols) });
  }
  plan.format({ top: band, left: 0, bottom: headerRow, right: rankCol }, SHEET_STYLE.header);
  spec.entities.forEach((name, i) => {
    plan.set(firstRow + i, 0, i + 1);
    plan.set(firstRow + i, 1, name);
  });
  const rows = (left: number, right = left) => ({ top: firstRow, left, bottom: lastRow, right });
  plan.format(rows(0), SHEET_STYLE.settingLabel);
  plan.format(rows(1), SHEET_STYLE.input);
  for (const c of spec.columns) plan.format(rows(c.col), c.role === 'input' ? SHEET_STYLE.input : SHEET_STYLE.computed);
  plan.format(rows(spec.totalCol, rankCol), SHEET_STYLE.computed);
  const widths = new Map<number, number>([[0, 6], [1, 18], ...spec.columns.map((c): [number, number] => [c.col, c.role === 'input' ? 12 : 9]),
    [spec.totalCol, 8], ...(spec.levelCol === undefined ? [] : [[spec.levelCol, 10] as [number, number]]), [rankCol, 6], [rankCol + 2, 24], [rankCol + 3, 10]]);
  for (const [col, width] of widths) plan.width(col, width);
  // Item names are long (`1.路面硬化、绿化美化…（5分）`): the header row is as tall as its longest wrapped name, within reason.
  const tallest = Math.max(...headers.map(([col, header]) => textHeightPt(header, widths.get(col) ?? 9, HEADER_FONT_PT)));
  plan.height(headerRow, Math.min(tallest, MAX_HEADER_HEIGHT_PT));
}

/** Excel's default font size, which the score sheet's headers keep. */
const HEADER_FONT_PT = 11;
/** Eight lines: a longer name is cut, and its full text is still in the cell. */
const MAX_HEADER_HEIGHT_PT = 130;

/** Validation and warning colours on every input column; returns the inputs' layout. */
export function writeScoreInputs(plan: SheetPlan, columns: readonly ScoreColumn[], settings: ScoreSettingsRefs, firstRow: number, lastRow: number, fullScore: number): ScoreInputLayout[] {
  const layouts: ScoreInputLayout[] = [];
  for (const column of columns) {
    if (column.role !== 'input') continue;
    const range = { top: firstRow, left: column.col, bottom: lastRow, right: column.col };
    const first: Formula = cellRef(firstRow, column.col);
    const base = { column: columnLetter(column.col), item: column.item.id, ...(column.part ? { part: column.part } : {}), kind: column.kind };
    if (column.kind === 'options') {
      const table = settings.options.get(column.col)!;
      plan.validation(range, { type: 'list', source: { formula: `=${table.labels}` }, prompt: '请从列表中选择', error: '请选择选项分值表中的选项' });
      plan.conditional(range, { type: 'expression', formula: and(compare(first, '<>', '""'), call('ISNA', match(first, table.labels, 'exact'))), format: SHEET_STYLE.invalid });
      const pointsColumn = columns.find((c) => c.role === 'optionPoints' && c.input === column.col)!;
      layouts.push({ ...base, max: column.max, options: column.options, pointsColumn: columnLetter(pointsColumn.col) });
      continue;
    }
    const bonusColumn = columns.find((c) => c.role === 'bonusPoints' && c.inputs.includes(column.col));
    if (column.kind === 'count') {
      plan.validation(range, { type: 'whole', min: 0, max: MAX_COUNT, prompt: `请输入${column.part}的项数`, error: `项数应为 0～${MAX_COUNT} 的整数` });
      layouts.push({ ...base, points: column.points, ...(bonusColumn ? { pointsColumn: columnLetter(bonusColumn.col) } : {}) });
      continue;
    }
    // A raw bonus may exceed its cap (the sheet caps it); plain points may not exceed the item's maximum.
    const max = column.kind === 'bonus' ? fullScore : column.max ?? fullScore;
    plan.validation(range, { type: 'decimal', min: 0, max, prompt: `请输入 0～${max} 分`, error: `得分应在 0～${max} 分之间` });
    plan.conditional(range, { type: 'expression', formula: and(isNumber(first), or(compare(first, '<', '0'), compare(first, '>', num(max)))), format: SHEET_STYLE.invalid });
    layouts.push({ ...base, ...(column.max === undefined ? {} : { max: column.max }), ...(bonusColumn ? { pointsColumn: columnLetter(bonusColumn.col) } : {}) });
  }
  return layouts;
}
