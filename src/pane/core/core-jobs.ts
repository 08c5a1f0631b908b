import type { AnnexKind } from '../../core/annex/annex-kind';
import { buildAnnex, type AnnexSource } from '../../core/annex/build-annex';
import { STAR_LEVELS } from '../../core/annex/score-summary';
import { extractRubric } from '../../core/scoring/extractRubric';
import type { LevelThreshold } from '../../core/scoring/rubric';
import { checkWorkbookInferring } from '../../core/check/check-workbook';
import { markFindings } from '../../core/check/mark-findings';
import { fixContacts } from '../../core/contacts/fixContacts';
import type { EditPlan } from '../../core/edit-plan/edit-plan';
import type { Finding } from '../../core/findings/finding';
import type { WorkbookGrids } from '../../core/grid/grid';
import { recognizeTables } from '../../core/recognize/recognize-tables';
import type { RecognizedTable } from '../../core/recognize/recognized-table';
import type { ColumnRole, RecognizedKind } from '../../core/recognize/table-kind';
import { entitySources as coreEntitySources } from '../../core/scoring/entitySources';
import { applyCorrections, type RecognitionCorrections } from '../../core/recognize/corrections';
import type { SkippedCheck } from '../../core/findings/skipped-check';
import { DEFAULT_SETTINGS, type InferredSettings, type Settings } from '../../core/settings';
import { runScoreJob, type ScoreJobOptions, type ScoreJobResult } from './score-job';
import { tableKey } from './table-key';

/** Work the pane hands to the core, as plain data (it crosses into a Web Worker). */
export type CoreJob =
  /** `settings` are the user's (设置); `clockToday` is the pane's date, used only inside the campaign period. */
  | { readonly job: 'analyze'; readonly workbook: WorkbookGrids; readonly settings: Settings; readonly corrections: RecognitionCorrections; readonly clockToday?: string }
  | { readonly job: 'mark'; readonly workbook: WorkbookGrids; readonly findings: readonly Finding[]; readonly today?: string }
  | { readonly job: 'fix'; readonly workbook: WorkbookGrids; readonly tables: readonly RecognizedTable[]; readonly settings: Settings }
  /** An annex from the tables of `kind` on `sheet` (several tables of one kind make one annex), or a blank template. */
  | { readonly job: 'annex'; readonly workbook: WorkbookGrids; readonly kind: AnnexKind; readonly sheet?: string; readonly tables: readonly RecognizedTable[]; readonly options: AnnexJobOptions }
  /** A score sheet (评分表) for the `rubric` table: formulas for total, level and rank (docs/scoring.md). */
  | { readonly job: 'score'; readonly workbook: WorkbookGrids; readonly rubric: RecognizedTable; readonly options: ScoreJobOptions };

/** The 附件 tab's options. */
export interface AnnexJobOptions {
  readonly number?: number;
  readonly title?: string;
  readonly maskPhones: boolean;
  readonly areaCode?: string;
}

/** The tables (user's kinds applied), what the recogniser said before that, and the findings. */
export interface Analysis {
  readonly tables: readonly RecognizedTable[];
  readonly recognizedKinds: Readonly<Record<string, RecognizedKind>>;
  readonly findings: readonly Finding[];
  /** Date checks that did not run, and why (the 校验 tab lists them). */
  readonly skipped: readonly SkippedCheck[];
  /** The settings the checks ran with: the user's over the inferred ones, "today" as decided. */
  readonly settings: Settings;
  /** The inferred settings in use, each with its cell (the 设置 tab shows them). */
  readonly inferred: InferredSettings;
  /** Everything the workbook says, used or not: the 设置 tab shows it under fields the user filled in too. */
  readonly inferable: InferredSettings;
  /** Lists of communities or units a score sheet can be built for (评分 tab). */
  readonly entitySources: readonly EntitySource[];
  /** What the 评分 tab shows of each rubric table. */
  readonly rubrics: readonly RubricSummary[];
}

/** A rubric's levels (highest first) and full score; the star levels of DOMAIN §4.4 when it declares none. */
export interface RubricSummary {
  readonly tableKey: string;
  readonly fullScore: number;
  /** How many items the rubric has: none means no score sheet can be built from it. */
  readonly items: number;
  readonly levels: readonly LevelThreshold[];
  readonly levelsDeclared: boolean;
}

/** One column of names in one table: `附件1!A3` 结对社区名单, 46 names. */
export interface EntitySource {
  readonly tableKey: string;
  readonly sheet: string;
  readonly title?: string;
  readonly role: ColumnRole;
  readonly names: readonly string[];
}


export type CoreJobResult<J extends CoreJob> = J extends { job: 'analyze' } ? Analysis : J extends { job: 'score' } ? ScoreJobResult : EditPlan;

/** Progress of a job: which step, and for recognition the sheet being read. */
export type CoreProgress =
  | { readonly step: 'recognize'; readonly sheet: string; readonly done: number; readonly total: number }
  | { readonly step: 'check' }
  | { readonly step: 'build' };

/**
 * Runs one job. `pause` is awaited between sheets: in a worker it only reports
 * progress; on the main thread it yields to the browser (so the pane keeps
 * painting) and throws when the user cancelled.
 */
export async function runCoreJob(job: CoreJob, pause: (progress: CoreProgress) => Promise<void>): Promise<Analysis | EditPlan | ScoreJobResult> {
  switch (job.job) {
    case 'analyze':
      return analyze(job, pause);
    case 'mark':
      await pause({ step: 'build' });
      return markFindings(job.findings, job.workbook, job.today);
    case 'fix':
      await pause({ step: 'build' });
      return fixContacts({ workbook: job.workbook, tables: job.tables, settings: { ...DEFAULT_SETTINGS, ...job.settings } });
    case 'annex': {
      await pause({ step: 'build' });
      const grid = job.workbook.sheets.find((g) => g.name === job.sheet);
      const source: AnnexSource = grid && job.tables.length > 0 ? { type: 'tables', grid, tables: job.tables } : { type: 'template', kind: job.kind };
      return buildAnnex(source, { ...job.options, workbook: job.workbook }).plan;
    }
    case 'score':
      await pause({ step: 'build' });
      return runScoreJob(job.workbook, job.rubric, job.options);
  }
}

async function analyze(job: Extract<CoreJob, { job: 'analyze' }>, pause: (p: CoreProgress) => Promise<void>): Promise<Analysis> {
  const { workbook, corrections } = job;
  const tables: RecognizedTable[] = [];
  const recognizedKinds: Record<string, RecognizedKind> = {};
  const total = workbook.sheets.length;
  for (const [i, grid] of workbook.sheets.entries()) {
    await pause({ step: 'recognize', sheet: grid.name, done: i, total });
    const recognized = recognizeTables(grid);
    for (const table of recognized) recognizedKinds[tableKey(table)] = table.kind;
    tables.push(...applyCorrections(grid, recognized, corrections.tables));
  }
  await pause({ step: 'check' });
  const { findings, skipped, settings, inferred, inferable } = checkWorkbookInferring(workbook, tables, job.settings, job.clockToday ? { clockToday: job.clockToday } : {});
  return {
    tables, recognizedKinds, findings, skipped, settings, inferred, inferable,
    entitySources: entitySources(workbook, tables), rubrics: rubricSummaries(workbook, tables),
  };
}

function rubricSummaries(workbook: WorkbookGrids, tables: readonly RecognizedTable[]): RubricSummary[] {
  return tables.filter((t) => t.kind === 'rubric').flatMap((table) => {
    const grid = workbook.sheets.find((g) => g.name === table.sheet);
    if (!grid) return [];
    const { rubric } = extractRubric(table, grid);
    const declared = rubric.levels.length > 0;
    const levels = declared ? [...rubric.levels].sort((a, b) => b.min - a.min) : STAR_LEVELS;
    return [{ tableKey: tableKey(table), fullScore: rubric.fullScore, items: rubric.items.length, levels: levels.map(({ label, min }) => ({ label, min })), levelsDeclared: declared }];
  });
}

function entitySources(workbook: WorkbookGrids, tables: readonly RecognizedTable[]): EntitySource[] {
  return coreEntitySources(workbook, tables).map(({ table, sheet, title, role, names }) => ({ tableKey: tableKey(table), sheet, ...(title ? { title } : {}), role, names }));
}
