import type { Command } from 'commander';
import type { EditPlan } from '../../core/edit-plan/edit-plan';
import type { Grid, WorkbookGrids } from '../../core/grid/grid';
import type { RecognizedTable } from '../../core/recognize/recognized-table';
import type { TableKind } from '../../core/recognize/table-kind';
import { cellText } from '../../core/grid/cell-text';
import { awardRulesFrom } from '../../core/scoring/awardRules';
import { buildAwardsSheet } from '../../core/scoring/awards';
import { buildScoreSheet } from '../../core/scoring/buildScoreSheet';
import { entitySources } from '../../core/scoring/entitySources';
import { extractRubric } from '../../core/scoring/extractRubric';
import { buildStarCountSheet } from '../../core/scoring/starCount';
import { starModelFromTable } from '../../core/scoring/starModel';
import { unscorableReason } from '../../core/scoring/unscorableReason';
import { readWorkbookFile } from '../read-workbook-file';
import { addRecognitionOptions, recognizeFile, type RecognitionFlags } from '../recognition-options';
import { EXIT, UsageError } from '../usage-error';
import { assertDistinctOutput, writeWorkbookFile } from '../write-workbook-file';

interface ScoreFlags {
  readonly output?: string;
  readonly entities?: string;
  readonly sheet?: string;
  readonly protect?: boolean;
  readonly json?: boolean;
}

/** The mandatory aspects of seed 002's rules (综合用房 1000 ㎡, 物业管理, 社区服务). */
const DEFAULT_MANDATORY = '综合用房,物业管理,社区服务';

/** Why `score init` cannot use a rubric, in the user's words: which sheet, what was expected. */
const UNSCORABLE: Record<NonNullable<ReturnType<typeof unscorableReason>>, (sheet: string, items: number) => string> = {
  noItems: (sheet) => `工作表“${sheet}”里没有读出评分项：需要一列“分值”或写在标准里的“（5分）”`,
  noMaxima: (sheet, items) => `工作表“${sheet}”里读出 ${items} 个评分项，但都没有分值：需要一列“分值”或写在标准里的“（5分）”`,
};


/**
 * `wenming score init|stars|awards`: adds a sheet that computes scores and levels with native
 * formulas (Excel 2010 / WPS safe) to a copy of the workbook. The input is never modified.
 */
export function registerScore(program: Command): void {
  const score = program.command('score').description('在工作簿副本中生成用公式计算的评分表、星级表或评奖表');
  withCommon(score.command('init').description('按测评标准生成评分表：每项得分有数据验证，合计、等级、排名均为公式'))
    .requiredOption('--rubric <工作表>', '测评标准所在的工作表')
    .option('--target <等级:比例>', '达标目标，如 三星级:50%（“三星级以上占比不低于 50%”）')
    .action(async (file: string, flags: ScoreFlags & { rubric: string; target?: string }) => {
      const { host, workbook, tables } = await open(file, flags);
      const rubricTable = tableOn(tables, flags.rubric, 'rubric', '测评标准（rubric）');
      const { rubric, findings } = extractRubric(rubricTable, gridOf(workbook, flags.rubric));
      const unscorable = unscorableReason(rubric);
      if (unscorable) throw new UsageError(UNSCORABLE[unscorable](flags.rubric, rubric.items.length));
      const target = flags.target === undefined ? undefined : parseTarget(flags.target);
      const levels = rubric.levels ?? [];
      if (target && !levels.some((l) => l.label === target.level)) throw new UsageError(`--target 的等级“${target.level}”不在测评标准的等级中（${levels.map((l) => l.label).join('、') || '未写明等级'}）`);
      const { plan, layout } = buildScoreSheet(rubric, { sheet: flags.sheet ?? '评分表', entities: entitiesFrom(workbook, tables, flags.entities), ...(target ? { target } : {}), protect: Boolean(flags.protect) });
      await finish(host, file, flags, plan, layout, findings.map((f) => `${f.cell} ${f.code}：${f.message}`));
    });
  withCommon(score.command('stars').description('按星级创建标准生成星级评定表：逐项达标（是/否）、星数与等级为公式'))
    .requiredOption('--standard <工作表>', '星级创建标准所在的工作表')
    .option('--mandatory <项目,项目>', '必创项目，默认“综合用房,物业管理,社区服务”')
    .action(async (file: string, flags: ScoreFlags & { standard: string; mandatory?: string }) => {
      const mandatory = flags.mandatory ?? DEFAULT_MANDATORY;
      const { host, workbook, tables } = await open(file, flags);
      const table = tableOn(tables, flags.standard, 'star-standard', '星级创建标准（star-standard）');
      let model;
      try {
        model = starModelFromTable(table, gridOf(workbook, flags.standard), { mandatory: splitList(mandatory) });
      } catch (error) {
        throw new UsageError(`无法按“${mandatory}”确定必创项目：${(error as Error).message}`);
      }
      const { plan, layout } = buildStarCountSheet(model, { sheet: flags.sheet ?? '星级评定', entities: entitiesFrom(workbook, tables, flags.entities), protect: Boolean(flags.protect) });
      await finish(host, file, flags, plan, layout, []);
    });
  withCommon(score.command('awards').description('按考核奖惩办法生成月度考核评奖表：年度平均、获奖、罚款与约谈均为公式'))
    .requiredOption('--rules <工作表>', '写有考核奖惩办法条文的工作表')
    .action(async (file: string, flags: ScoreFlags & { rules: string }) => {
      const { host, workbook, tables } = await open(file, flags);
      const text = gridOf(workbook, flags.rules).values.flatMap((row) => row.map(cellText)).join('\n');
      let rules;
      try {
        rules = awardRulesFrom(text);
      } catch (error) {
        throw new UsageError(`工作表“${flags.rules}”中没有读到完整的奖惩规则（获奖分数线、奖项名额与金额、罚款线、约谈线）：${(error as Error).message}`);
      }
      const { plan, layout } = buildAwardsSheet(rules, { sheet: flags.sheet ?? '考核评奖', entities: entitiesFrom(workbook, tables, flags.entities), protect: Boolean(flags.protect) });
      await finish(host, file, flags, plan, layout, []);
    });
}

function withCommon(command: Command): Command {
  return addRecognitionOptions(command)
    .argument('<文件>', '来源 .xlsx 文件（不会被修改）')
    .requiredOption('--entities <工作表[:第几个表] | 名称,名称>', '被评对象：取自某工作表中表格的社区（或单位）列，或直接列出名称')
    .option('-o, --output <文件>', '输出的 .xlsx 文件')
    .option('--sheet <名称>', '新工作表的名称')
    .option('--protect', '保护工作表：只有输入单元格可编辑')
    .option('--json', '输出 JSON（表格布局，供程序使用）');
}

async function open(file: string, flags: ScoreFlags & RecognitionFlags) {
  assertDistinctOutput(file, flags.output);
  const host = await readWorkbookFile(file);
  const workbook = await host.readWorkbook();
  return { host, workbook, tables: (await recognizeFile(host, workbook, flags)).tables };
}

async function finish(host: Awaited<ReturnType<typeof readWorkbookFile>>, file: string, flags: ScoreFlags, plan: EditPlan, layout: unknown, notes: readonly string[]): Promise<void> {
  await host.applyEditPlan(plan);
  await writeWorkbookFile(host, flags.output!);
  if (flags.json) process.stdout.write(`${JSON.stringify(layout)}\n`);
  else process.stdout.write([`已写入：${flags.output}（原文件 ${file} 未修改）`, `  · ${plan.summary}`, ...notes.map((n) => `  ! ${n}`)].join('\n') + '\n');
  process.exitCode = EXIT.ok;
}

function gridOf(workbook: WorkbookGrids, sheet: string): Grid {
  const grid = workbook.sheets.find((s) => s.name === sheet);
  if (!grid) throw new UsageError(`找不到工作表“${sheet}”。工作簿中的工作表：${workbook.sheets.map((s) => s.name).join('、')}`);
  return grid;
}

function tableOn(tables: readonly RecognizedTable[], sheet: string, kind: TableKind, name: string): RecognizedTable {
  const onSheet = tables.filter((t) => t.sheet === sheet);
  if (onSheet.length === 0) throw new UsageError(`找不到工作表“${sheet}”`);
  const table = onSheet.find((t) => t.kind === kind);
  if (!table) throw new UsageError(`工作表“${sheet}”中没有识别到${name}，识别到的是：${onSheet.map((t) => t.kind).join('、')}`);
  return table;
}

/** `附件1` (every table on the sheet), `附件1:1` (its first table), or `迎宾社区,怡乐园社区`. */
function entitiesFrom(workbook: WorkbookGrids, tables: readonly RecognizedTable[], spec: string | undefined): string[] {
  if (!spec || spec.trim() === '') throw new UsageError('请用 --entities 指定被评对象');
  const m = /^(.*?)(?::(\d+))?$/.exec(spec.trim())!;
  const grid = workbook.sheets.find((s) => s.name === m[1]);
  if (!grid) {
    const names = splitList(spec);
    if (names.length === 0) throw new UsageError('--entities 没有列出任何名称');
    return names;
  }
  let onSheet = entitySources(workbook, tables).filter((source) => source.sheet === grid.name);
  if (m[2] !== undefined) {
    const index = Number(m[2]);
    if (index < 1 || index > onSheet.length) throw new UsageError(`工作表“${grid.name}”中只有 ${onSheet.length} 个可取名称的表格，没有第 ${index} 个`);
    onSheet = [onSheet[index - 1]];
  }
  const names = [...new Set(onSheet.flatMap((source) => source.names))];
  if (names.length === 0) throw new UsageError(`工作表“${grid.name}”中没有找到社区或单位名称：需要一张名单（如“序号 | 社区名称”），或带社区、单位列的表格`);
  return names;
}

function splitList(text: string): string[] {
  return text.split(/[,，、;；\n]/).map((s) => s.trim()).filter((s) => s !== '');
}

/** `三星级:50%` or `三星级:0.5`. */
function parseTarget(text: string): { level: string; share: number } {
  const m = /^(.+?)[:：]\s*(\d+(?:\.\d+)?)\s*(%?)$/.exec(text.trim());
  if (!m) throw new UsageError(`--target 应写作 等级:比例，如 三星级:50%，收到“${text}”`);
  const share = m[3] === '%' ? Number(m[2]) / 100 : Number(m[2]);
  if (!(share > 0 && share <= 1)) throw new UsageError(`--target 的比例应在 0～100% 之间，收到“${text}”`);
  return { level: m[1].trim(), share };
}
