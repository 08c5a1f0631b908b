import { compare, group, iff, sumProduct, text, type Formula } from '../../formula/formula';
import { cellRef, columnRange } from '../../formula/references';
import type { LevelThreshold, RubricItem } from '../rubric';
import type { ScoreColumn } from './scoreColumns';
import type { SheetPlan } from './sheetPlan';
import { writeSettingsTable } from './settingsTable';

/** Absolute references to the settings cells the score formulas read. */
export interface ScoreSettingsRefs {
  readonly levels?: { readonly labels: Formula; readonly thresholds: Formula; readonly below: Formula; readonly check?: Formula };
  /** The cell of each level's name, the one below the thresholds first. */
  readonly levelCells?: readonly Formula[];
  readonly target?: { readonly level: Formula; readonly share: Formula };
  /** Per option input column: its option table. */
  readonly options: ReadonlyMap<number, { readonly labels: Formula; readonly points: Formula }>;
  /** Per bonus item id: the points per count (in input order) and the cap. */
  readonly bonus: ReadonlyMap<string, { readonly increments: readonly Formula[]; readonly cap: Formula }>;
}

const abs = { anchor: 'absolute' } as const;

/**
 * Writes the settings block of a score sheet at (top, left): 等级设置 (labels and
 * thresholds ascending, the name below them first), 目标, one option table per
 * option input, and 加分设置 per bonus item. Every number a formula compares
 * against lives here, so changing one cell re-levels every row.
 */
export function writeScoreSettings(
  plan: SheetPlan, top: number, left: number,
  input: { readonly levels: readonly LevelThreshold[]; readonly belowLabel: string; readonly target?: { readonly level: string; readonly share: number }; readonly columns: readonly ScoreColumn[]; readonly items: readonly RubricItem[] },
): ScoreSettingsRefs {
  let row = top;
  let levels: ScoreSettingsRefs['levels'];
  let levelCells: Formula[] | undefined;
  let target: ScoreSettingsRefs['target'];
  if (input.levels.length > 0) {
    const table = writeSettingsTable(plan, row, left, {
      title: '等级设置（分数线含本数，可修改）',
      headers: ['等级', '最低分'],
      rows: [[input.belowLabel, '—'], ...input.levels.map((l) => [l.label, l.min])],
      editable: [true, true],
    });
    const first = table.firstRow + 1;
    levels = { below: cellRef(table.firstRow, left, abs), labels: columnRange(left, first, table.lastRow, abs), thresholds: columnRange(left + 1, first, table.lastRow, abs) };
    levelCells = [table.firstRow, ...input.levels.map((_, i) => first + i)].map((r) => cellRef(r, left, abs));
    row = table.nextRow;
    if (input.levels.length > 1) {
      const lower = columnRange(left + 1, first, table.lastRow - 1, abs);
      const higher = columnRange(left + 1, first + 1, table.lastRow, abs);
      plan.set(table.lastRow + 1, left, '门槛检查');
      const disorder = sumProduct(`${group(compare(higher, '<=', lower))}*1`);
      plan.formula(table.lastRow + 1, left + 1, iff(compare(disorder, '>', '0'), text('分数线须由低到高'), text('正常')));
      levels = { ...levels, check: cellRef(table.lastRow + 1, left + 1, abs) };
      row += 1;
    }
    const goal = input.target ?? { level: input.levels[0].label, share: 0.5 };
    const targetTable = writeSettingsTable(plan, row, left, { title: '目标', headers: ['项目', '设置'], rows: [['目标等级', goal.level], ['目标占比', goal.share]], editable: [false, true] });
    plan.validation({ top: targetTable.firstRow, left: left + 1, bottom: targetTable.firstRow, right: left + 1 }, { type: 'list', source: { formula: `=${levels.labels}` }, error: '请选择等级设置中的等级' });
    plan.format({ top: targetTable.lastRow, left: left + 1, bottom: targetTable.lastRow, right: left + 1 }, { numberFormat: '0%' });
    target = { level: cellRef(targetTable.firstRow, left + 1, abs), share: cellRef(targetTable.lastRow, left + 1, abs) };
    row = targetTable.nextRow;
  }
  const options = new Map<number, { labels: Formula; points: Formula }>();
  for (const column of input.columns) {
    if (column.role !== 'input' || column.kind !== 'options') continue;
    const table = writeSettingsTable(plan, row, left, {
      title: `${column.item.id}${column.part ?? ''} 选项分值`,
      headers: ['选项', '分值'],
      rows: column.options.map((o) => [o.label, o.points]),
      editable: [true, true],
    });
    options.set(column.col, { labels: columnRange(left, table.firstRow, table.lastRow, abs), points: columnRange(left + 1, table.firstRow, table.lastRow, abs) });
    row = table.nextRow;
  }
  const bonus = new Map<string, { increments: Formula[]; cap: Formula }>();
  for (const item of input.items.filter((i) => i.bonus)) {
    const counts = item.parts.filter((p) => p.kind === 'count');
    const table = writeSettingsTable(plan, row, left, {
      title: `${item.id}.${item.name} 加分设置`,
      headers: ['项目', '分值'],
      rows: [...counts.map((p) => [`${p.label}（每项）`, p.points]), ['加分上限', item.max ?? 0]],
      editable: [false, true],
    });
    bonus.set(item.id, {
      increments: counts.map((_, i) => cellRef(table.firstRow + i, left + 1, abs)),
      cap: cellRef(table.lastRow, left + 1, abs),
    });
    row = table.nextRow;
  }
  return { ...(levels ? { levels } : {}), ...(levelCells ? { levelCells } : {}), ...(target ? { target } : {}), options, bonus };
}
