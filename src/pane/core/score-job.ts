import { unscorableReason } from '../../core/scoring/unscorableReason';
import type { EditPlan } from '../../core/edit-plan/edit-plan';
import type { WorkbookGrids } from '../../core/grid/grid';
import type { RecognizedTable } from '../../core/recognize/recognized-table';
import type { ColumnRole } from '../../core/recognize/table-kind';
import { buildScoreSheet } from '../../core/scoring/buildScoreSheet';
import { extractRubric } from '../../core/scoring/extractRubric';
import type { LevelThreshold } from '../../core/scoring/rubric';
import type { ScoreSheetLayout } from '../../core/scoring/scoreSheetLayout';
import { chooseScoreSheet } from './score-sheet-name';

/** The 评分 tab's choices: who is scored, the (edited) levels, the goal, protection. */
export interface ScoreJobOptions {
  readonly entities: readonly string[];
  /** The column the names came from, for the name column's header (`社区名称`). */
  readonly entityRole?: ColumnRole;
  /** The thresholds as the user left them; empty gives a sheet without a level column. */
  readonly levels: readonly LevelThreshold[];
  /** `三星级` and 0.5: half the communities at 三星级 or above. */
  readonly target?: { readonly level: string; readonly share: number };
  readonly protect: boolean;
}

/** Why a score sheet was not built; the pane says it in the display language. */
export type ScoreJobFailure = 'rubricMissing' | 'noItems' | 'noMaxima' | 'noEntities' | 'targetLevel';

export type ScoreJobResult =
  | {
    readonly ok: true;
    readonly plan: EditPlan;
    readonly layout: ScoreSheetLayout;
    readonly entities: number;
    readonly items: number;
    /** A score sheet built earlier was replaced. */
    readonly replaces: boolean;
    /** The name that held the user's own data and was stepped around. */
    readonly taken?: string;
  }
  | { readonly ok: false; readonly reason: ScoreJobFailure };

/** Header of the name column per source role; sheet text is Chinese whatever the pane's language. */
const ENTITY_HEADERS: Partial<Record<ColumnRole, string>> = { community: '社区名称', unit: '单位名称', site: '点位名称', entity: '名称' };

/**
 * Builds the score sheet for a rubric table (docs/scoring.md): reads the rubric
 * from its grid, names the sheet (`评分表`, never over the user's own data) and
 * returns the plan with the layout, so the pane can say where the total, level
 * and rank columns went. Bad input comes back as a reason, not a throw.
 */
export function runScoreJob(workbook: WorkbookGrids, table: RecognizedTable, options: ScoreJobOptions): ScoreJobResult {
  const grid = workbook.sheets.find((g) => g.name === table.sheet);
  if (!grid || table.kind !== 'rubric') return { ok: false, reason: 'rubricMissing' };
  const { rubric } = extractRubric(table, grid);
  const unscorable = unscorableReason(rubric);
  if (unscorable) return { ok: false, reason: unscorable };
  if (options.entities.length === 0) return { ok: false, reason: 'noEntities' };
  if (options.target && !options.levels.some((l) => l.label === options.target!.level)) return { ok: false, reason: 'targetLevel' };
  const choice = chooseScoreSheet(workbook);
  const header = options.entityRole && ENTITY_HEADERS[options.entityRole];
  const { plan, layout } = buildScoreSheet(rubric, {
    sheet: choice.sheet,
    entities: options.entities,
    levels: options.levels,
    ...(header ? { entityHeader: header } : {}),
    ...(options.target && options.levels.length > 0 ? { target: options.target } : {}),
    protect: options.protect,
  });
  return { ok: true, plan, layout, entities: options.entities.length, items: rubric.items.length, replaces: choice.replaces, ...(choice.taken ? { taken: choice.taken } : {}) };
}
