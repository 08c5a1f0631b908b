import { countBySeverity, type Finding } from '../core/findings/finding';
import type { Severity } from '../core/findings/codes';
import { isUnsure, type TableSummary } from '../core/recognize/table-summary';
import { KIND_NAMES_ZH } from '../core/recognize/table-kind';
import type { SkippedCheck } from '../core/findings/skipped-check';
import { findingTitle } from '../core/findings/messages.zh-CN';
import type { InferredSettings } from '../core/settings';
import { formatInferredSettings, formatSkippedChecks } from './format-settings-report';

const SEVERITY_ZH: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

export interface FileReport {
  readonly file: string;
  readonly tables: readonly TableSummary[];
  readonly findings: readonly Finding[];
  /** Settings read from the workbook and used (not given by flags). */
  readonly inferred?: InferredSettings;
  /** Date checks that did not run, and why. */
  readonly skipped?: readonly SkippedCheck[];
}

/** The readable report of `wenming check` for people (the `--json` output is for machines). */
export function formatCheckReport(report: FileReport): string {
  const lines: string[] = [`文件：${report.file}`, ''];
  lines.push('识别到的表格：');
  for (const t of report.tables) {
    if (t.kind === 'unknown') {
      lines.push(`  [${t.sheet}] 未识别到活动表格${t.range ? `（内容区域 ${t.range}）` : ''}`);
      continue;
    }
    const columns = Object.entries(t.columns).map(([role, col]) => `${role}=${Array.isArray(col) ? col.join('+') : col}`).join(' ');
    const declared = t.declaredCount !== undefined ? `，标题写明 ${t.declaredCount} 个` : '';
    lines.push(`  [${t.sheet}] ${KIND_NAMES_ZH[t.kind]}（${t.kind}）${t.annex ? ` ${t.annex}` : ''} ${t.range}，表头第 ${t.headerRows.join('、') || '—'} 行，数据 ${t.dataRows} 行${declared}`);
    if (t.title) lines.push(`      标题：${t.title}`);
    lines.push(`      列：${columns}`);
    // What recognition is unsure of is said, never silent (issue 11).
    if (t.corrected) lines.push('      已按工作簿中保存的更正识别');
    else if (isUnsure(t)) lines.push(`      把握 ${Math.round((t.confidence ?? 0) * 100)}%，请核对；识别有误时用 wenming recognize --map 更正`);
    if (t.guessed) lines.push(`      推测的列：${Object.entries(t.guessed).map(([role, col]) => `${role}=${col}`).join(' ')}`);
  }
  lines.push('');
  const settingLines = [...formatInferredSettings(report.inferred ?? {}), ...formatSkippedChecks(report.skipped ?? [])];
  if (settingLines.length > 0) lines.push(...settingLines, '');
  if (report.findings.length === 0) {
    lines.push('没有发现问题。');
  } else {
    lines.push('发现的问题：');
    for (const f of report.findings) {
      lines.push(`  ${SEVERITY_ZH[f.severity]} [${f.sheet}]${f.cell} ${findingTitle(f.code)}：${f.message}（${f.code}）`);
      if (f.suggestion) lines.push(`      建议：${f.suggestion}`);
    }
  }
  const counts = countBySeverity(report.findings);
  lines.push('', `合计：错误 ${counts.error} 个，警告 ${counts.warning} 个，提示 ${counts.info} 个`);
  return lines.join('\n');
}
