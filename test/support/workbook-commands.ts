import { ANNEX_KINDS } from '../../src/core/annex/annex-kind';
import { buildAnnex } from '../../src/core/annex/build-annex';
import { findAnnexSource } from '../../src/core/annex/find-annex-source';
import type { CheckContext } from '../../src/core/check/check-context';
import { checkWorkbook } from '../../src/core/check/check-workbook';
import { markFindings } from '../../src/core/check/mark-findings';
import { fixContacts } from '../../src/core/contacts/fixContacts';
import type { EditPlan } from '../../src/core/edit-plan/edit-plan';
import { cellText } from '../../src/core/grid/cell-text';
import type { WorkbookGrids } from '../../src/core/grid/grid';
import { recognizeWorkbook } from '../../src/core/recognize/recognize-tables';
import type { RecognizedTable } from '../../src/core/recognize/recognized-table';
import { buildScoreSheet } from '../../src/core/scoring/buildScoreSheet';
import { extractRubric } from '../../src/core/scoring/extractRubric';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';

/**
 * Every command that modifies a workbook, as the core's plan for a workbook:
 * what the safety suites check (new sheets only, or undoable; twice = once),
 * what the bad-input suite builds on odd workbooks, and what the bench counts
 * Office.js syncs for. A new command that writes to a workbook belongs here.
 */
export interface WorkbookCommand {
  /** `mark-findings`, `fix`, `score-init`, `annex`. */
  readonly name: string;
  /** The Chinese name the pane shows. */
  readonly zh: string;
  /** The plan for this workbook, or `undefined` when it does not apply (no rubric, no source table). */
  plan(workbook: WorkbookGrids, settings?: Settings): EditPlan | undefined;
}

/** Seed 000's campaign, so date rules behave as for a real notice. */
export const COMMAND_SETTINGS: Settings = { year: 2020, period: { start: '2020-05-01', end: '2020-12-31' }, issued: '2020-05-27', today: '2020-06-15', areaCode: '0392' };

/** The sheet `wenming score init` writes unless told otherwise. */
export const SCORE_SHEET = '评分表';

function context(workbook: WorkbookGrids, settings: Settings): CheckContext {
  return { workbook, tables: recognizeWorkbook(workbook), settings: { ...DEFAULT_SETTINGS, ...settings } };
}

/** Entities of a score sheet: the community (else unit) column of the first table that has one. */
export function entitiesOf(workbook: WorkbookGrids, tables: readonly RecognizedTable[]): string[] {
  for (const table of tables) {
    const column = table.columns.find((c) => c.role === 'community') ?? table.columns.find((c) => c.role === 'unit');
    const grid = workbook.sheets.find((g) => g.name === table.sheet);
    if (!column || !grid || table.kind === 'rubric') continue;
    const names = [...new Set(table.dataRows.map((row) => cellText(grid.values[row]?.[column.col] ?? null).trim()).filter(Boolean))];
    if (names.length > 0) return names;
  }
  return [];
}

const markFindingsCommand: WorkbookCommand = {
  name: 'mark-findings',
  zh: '校验并标注',
  plan: (workbook, settings = COMMAND_SETTINGS) => markFindings(checkWorkbook(workbook, settings).findings, workbook, settings.today),
};

const fixCommand: WorkbookCommand = {
  name: 'fix',
  zh: '一键修复联系人',
  plan: (workbook, settings = COMMAND_SETTINGS) => fixContacts(context(workbook, settings)),
};

/** `wenming score init`: the first rubric of the workbook, one row per community (else unit) of its first such table. */
const scoreCommand: WorkbookCommand = {
  name: 'score-init',
  zh: '生成评分表',
  plan: (workbook) => {
    const tables = recognizeWorkbook(workbook).filter((t) => t.sheet !== SCORE_SHEET);
    const rubricTable = tables.find((t) => t.kind === 'rubric');
    const entities = entitiesOf(workbook, tables);
    if (!rubricTable || entities.length === 0) return undefined;
    const { rubric } = extractRubric(rubricTable, workbook.sheets.find((g) => g.name === rubricTable.sheet)!);
    if (rubric.items.length === 0) return undefined;
    return buildScoreSheet(rubric, { sheet: SCORE_SHEET, entities }).plan;
  },
};

/** `wenming annex <kind> --mask-phones` for the first kind (in ANNEX_KINDS order) whose source table the workbook has. */
const annexCommand: WorkbookCommand = {
  name: 'annex',
  zh: '生成公文附件',
  plan: (workbook, settings = COMMAND_SETTINGS) => {
    for (const kind of ANNEX_KINDS) {
      if (kind === 'score-summary') continue;
      const source = findAnnexSource(workbook, kind);
      if (source.found) return buildAnnex({ type: 'tables', grid: source.grid, tables: source.tables }, { workbook, areaCode: settings.areaCode, maskPhones: true }).plan;
    }
    return undefined;
  },
};

/** Every command that modifies a workbook. */
export const WORKBOOK_COMMANDS: readonly WorkbookCommand[] = [markFindingsCommand, fixCommand, scoreCommand, annexCommand];
