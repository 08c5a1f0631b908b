import type { WorkbookGrids } from '../core/grid/grid';
import { recognizeCorrected, storedCorrections } from '../core/recognize/corrections';
import type { SettingsStore, StoredSettings } from '../hosts/host-capabilities';
import { HostError, type WorkbookHost } from '../hosts/workbook-host';
import { checkActiveSheetWith } from './check-active-sheet';

/** What 校验当前工作表 did, for the message the user sees. */
export type RibbonCheckOutcome =
  | {
      readonly ok: true;
      readonly sheet: string;
      readonly tables: number;
      readonly findings: number;
      /** A protected sheet is read, never marked: its findings are only listed on 校验结果. */
      readonly protected: boolean;
      readonly fallbacks: readonly string[];
    }
  | { readonly ok: false; readonly error: string; readonly known: boolean };

/**
 * Runs `checkActiveSheetWith` (left as it is: other work is under way there) and also reports
 * the sheet's name and how many campaign tables it holds, so the ribbon can say "no table
 * found" instead of silently writing an empty 校验结果. It watches the host's own read and
 * recognises that grid again (pure, no extra sync); a failure becomes data, never a throw.
 */
export async function runRibbonCheck(host: WorkbookHost & SettingsStore): Promise<RibbonCheckOutcome> {
  let sheet = '';
  let read: WorkbookGrids | undefined;
  let stored: StoredSettings | undefined;
  const watched: WorkbookHost & SettingsStore = {
    get settingsKeptInWorkbook() {
      return host.settingsKeptInWorkbook;
    },
    activeSheet: async () => (sheet = await host.activeSheet()),
    readWorkbook: async (options) => (read = await host.readWorkbook(options)),
    loadStoredSettings: async () => (stored = await host.loadStoredSettings()),
    saveStoredSettings: (settings) => host.saveStoredSettings(settings),
    applyEditPlan: (plan) => host.applyEditPlan(plan),
    selectCell: (name, address) => host.selectCell(name, address),
  };
  try {
    const report = await checkActiveSheetWith(watched);
    const active: WorkbookGrids = { sheets: (read?.sheets ?? []).filter((g) => g.name === sheet) };
    const tables = recognizeCorrected(active, storedCorrections(stored)).filter((t) => t.kind !== 'unknown').length;
    const isProtected = active.sheets.some((g) => g.protected);
    return { ok: true, sheet, tables, findings: report.findings, protected: isProtected, fallbacks: report.fallbacks };
  } catch (error) {
    return ribbonCheckFailure(error);
  }
}

/** A failure as an outcome. A HostError's message is already Chinese and says what to do (protected sheet, cell in edit mode…). */
export function ribbonCheckFailure(error: unknown): RibbonCheckOutcome {
  if (error instanceof HostError) return { ok: false, error: error.message, known: true };
  return { ok: false, error: error instanceof Error ? error.message : String(error), known: false };
}

/** The outcome in Chinese: a title and one or more lines, e.g. “已校验工作表“附件1”：识别到 1 个表格，发现 2 个问题”. */
export function describeRibbonCheck(outcome: RibbonCheckOutcome): { readonly title: string; readonly lines: readonly string[] } {
  if (!outcome.ok) {
    return {
      title: '校验未完成',
      lines: outcome.known ? [outcome.error] : [`校验当前工作表时出错：${outcome.error}`, '请稍后重试；如仍出错，请打开“表格助手”任务窗格查看详情。'],
    };
  }
  const { sheet, tables, findings, fallbacks } = outcome;
  const marked = outcome.protected
    ? `工作表“${sheet}”受保护，本工具不修改它：问题没有标在单元格上，全部列在“校验结果”工作表中（撤销工作表保护后再校验即可标注）。`
    : '问题单元格已标上底色和注释，全部问题列在“校验结果”工作表中。';
  const lines: string[] = [];
  if (tables === 0) {
    lines.push(`工作表“${sheet}”中没有识别到文明创建表格（结对计划、评分标准、任务分解等）。`);
    lines.push('请切换到表格所在的工作表再校验，或在“表格助手”任务窗格的“识别”选项卡中指定表格类型。');
  } else if (findings === 0) {
    lines.push(`已校验工作表“${sheet}”：识别到 ${tables} 个表格，未发现问题。`);
  } else {
    lines.push(`已校验工作表“${sheet}”：识别到 ${tables} 个表格，发现 ${findings} 个问题。`);
    lines.push(marked);
  }
  for (const fallback of fallbacks) lines.push(fallback);
  return { title: tables === 0 ? '没有找到表格' : '校验完成', lines };
}
