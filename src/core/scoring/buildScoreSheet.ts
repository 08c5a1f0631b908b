import type { EditPlan } from '../edit-plan/edit-plan';
import { average, BLANK, compare, count, iff, ifError, round, text } from '../formula/formula';
import { columnRange } from '../formula/references';
import { shareAtLeast, countAtLeast, thresholdOf } from '../formula/threshold-lookup';
import { cellAddress, columnLetter } from '../grid/a1';
import type { LevelThreshold, Rubric } from './rubric';
import type { ScoreSheetLayout } from './scoreSheetLayout';
import { writeLevelCounts } from './_lib/levelCounts';
import { scoreColumns } from './_lib/scoreColumns';
import { writeScoreInputs, writeScoreTable } from './_lib/scoreTable';
import { scoreRowFormulas } from './_lib/scoreRowFormulas';
import { writeScoreSettings } from './_lib/scoreSettings';
import { SheetPlan } from './_lib/sheetPlan';

export interface ScoreSheetOptions {
  /** The new sheet's name (`评分表`); an existing sheet of that name is replaced. */
  readonly sheet: string;
  /** One row per entity: communities, units, 小区. */
  readonly entities: readonly string[];
  readonly title?: string;
  /** Header of the name column, `小区名称`; default `名称`. */
  readonly entityHeader?: string;
  /** Levels to use instead of the rubric's (a table that states none). */
  readonly levels?: readonly LevelThreshold[];
  readonly belowLabel?: string;
  /** The goal: this share of entities at `level` or above (seed 000: 50% at 三星级). Default: the lowest level, 50%. */
  readonly target?: { readonly level: string; readonly share: number };
  /** Protect the sheet so only inputs and settings can be edited. */
  readonly protect?: boolean | { readonly password?: string };
}

export interface ScoreSheet {
  readonly plan: EditPlan;
  readonly layout: ScoreSheetLayout;
}

const HEADER_ROW = 2;
const FIRST_ROW = 3;
const SCORE_NOTE = '注：分数线含本数（“80分以上”即不低于80分）；右侧黄色单元格为设置，可修改。';

/**
 * A score sheet for a rubric, computed in the sheet with formulas Excel 2010 and
 * WPS run (DOMAIN §4): one row per entity, one input per item (validated 0…max,
 * or a list for option items), the total with capped bonuses, the level looked up
 * in editable threshold cells, the 中国式排名, counts per level and the share at or
 * above the target level against the goal.
 *
 * @example
 * const { plan, layout } = buildScoreSheet(rubric, { sheet: '评分表', entities: ['迎宾社区', '怡乐园社区'], target: { level: '三星级', share: 0.5 } });
 * // layout.total === 'T', layout.firstRow === 4
 */
export function buildScoreSheet(rubric: Rubric, options: ScoreSheetOptions): ScoreSheet {
  if (options.entities.length === 0) throw new Error('buildScoreSheet: entities must not be empty');
  if (rubric.items.length === 0) throw new Error('buildScoreSheet: the rubric has no items');
  const levels = [...(options.levels ?? rubric.levels)].sort((a, b) => a.min - b.min);
  if (options.target && !levels.some((l) => l.label === options.target!.level)) {
    throw new Error(`buildScoreSheet: target level "${options.target.level}" is not one of ${levels.map((l) => l.label).join('、') || '(no levels)'}`);
  }
  const plan = new SheetPlan(options.sheet);
  const columns = scoreColumns(rubric.items, 2);
  const totalCol = (columns.at(-1)?.col ?? 1) + 1;
  const levelCol = levels.length > 0 ? totalCol + 1 : undefined;
  const rankCol = (levelCol ?? totalCol) + 1;
  const lastRow = FIRST_ROW + options.entities.length - 1;
  const totals = columnRange(totalCol, FIRST_ROW, lastRow, { anchor: 'absolute' });

  // Settings start level with the first row of data, so no settings header shares the table's header row.
  const settings = writeScoreSettings(plan, FIRST_ROW, rankCol + 2, {
    levels, belowLabel: options.belowLabel ?? rubric.belowLabel, columns, items: rubric.items,
    ...(options.target ? { target: options.target } : {}),
  });
  writeScoreTable(plan, {
    title: options.title ?? `${rubric.title ?? ''}评分汇总表`,
    entityHeader: options.entityHeader ?? '名称', entities: options.entities, rubric, columns,
    totalCol, levelCol, rankCol, headerRow: HEADER_ROW, firstRow: FIRST_ROW,
  });
  // Every row's formulas are the first row's moved down (own row relative, settings and the total column
  // anchored), so the first row is written and filled down: a few hundred bytes at any number of rows.
  const formulas = scoreRowFormulas(FIRST_ROW, columns, settings, { total: totalCol, level: levelCol, rank: rankCol, totals });
  for (const [col, formula] of formulas) plan.formula(FIRST_ROW, col, formula);
  plan.fillDown(FIRST_ROW, Math.min(...formulas.keys()), Math.max(...formulas.keys()), lastRow);
  const inputs = writeScoreInputs(plan, columns, settings, FIRST_ROW, lastRow, rubric.fullScore);

  // A note closes the table (readers stop there), then the summary: counts per level, how many are scored,
  // the share at the target level against the goal.
  plan.set(lastRow + 1, 0, SCORE_NOTE);
  let row = lastRow + 3;
  const labelCol = 1;
  const labels = [options.belowLabel ?? rubric.belowLabel, ...levels.map((l) => l.label)];
  const counts = settings.levelCells && levelCol !== undefined
    ? writeLevelCounts(plan, row, labelCol, settings.levelCells.map((ref, i) => ({ label: labels[i], ref })), columnRange(levelCol, FIRST_ROW, lastRow, { anchor: 'absolute' }))
    : { cells: [], nextRow: row };
  row = counts.nextRow;
  const line = (label: string, formula: string, numberFormat?: string) => {
    plan.set(row, labelCol, label);
    plan.formula(row, labelCol + 1, formula);
    if (numberFormat) plan.format({ top: row, left: labelCol + 1, bottom: row, right: labelCol + 1 }, { numberFormat });
    return cellAddress(row++, labelCol + 1);
  };
  const scored = line('已评分个数', count(totals));
  const averageCell = line('平均分', ifError(round(average(totals), 2), BLANK));
  let goal: Pick<ScoreSheetLayout['summary'], 'reached' | 'share' | 'goalMet'> = {};
  if (settings.levels && settings.target) {
    const threshold = thresholdOf(settings.target.level, settings.levels);
    const reached = line('达到目标等级及以上个数', countAtLeast(totals, threshold));
    const share = line('达到目标等级及以上占比', shareAtLeast(totals, threshold), '0.0%');
    const goalMet = line('是否达到目标占比', iff(compare(share, '>=', settings.target.share), text('已达到'), text('未达到')));
    goal = { reached, share, goalMet };
  }
  plan.format({ top: lastRow + 3, left: labelCol, bottom: row - 1, right: labelCol + 1 }, { border: 'thin' });

  const layout: ScoreSheetLayout = {
    sheet: options.sheet,
    firstRow: FIRST_ROW + 1,
    lastRow: lastRow + 1,
    entityColumn: columnLetter(1),
    inputs,
    total: columnLetter(totalCol),
    ...(levelCol === undefined ? {} : { level: columnLetter(levelCol) }),
    rank: columnLetter(rankCol),
    settings: { ...(settings.levels ? { levels: settings.levels } : {}), ...(settings.target ? { target: settings.target } : {}) },
    summary: { levelCounts: counts.cells, scored, average: averageCell, ...goal },
  };
  const summary = `新建评分表“${options.sheet}”：${options.entities.length} 个对象，${rubric.items.length} 个评分项`;
  return { plan: plan.toPlan(summary, { freeze: { rows: FIRST_ROW, columns: 2 }, ...(options.protect ? { protect: options.protect } : {}) }), layout };
}
