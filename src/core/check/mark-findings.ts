import { parseCellAddress, rangeAddress, sheetReference } from '../grid/a1';
import { cellText } from '../grid/cell-text';
import type { CellRange, WorkbookGrids } from '../grid/grid';
import type { Severity } from '../findings/codes';
import { countBySeverity, type Finding } from '../findings/finding';
import { findingTitle } from '../findings/messages.zh-CN';
import type { CellInput, EditOp, EditPlan } from '../edit-plan/edit-plan';

/** The sheet that lists every finding; replaced whole on every run. */
export const RESULTS_SHEET = '校验结果';
const RESULTS_SIGNATURE = '校验结果（文明创建表格助手生成，重新校验时整表替换）';
/**
 * Chinese headers for people; the code last, for those who filter by it. 工作表 and 单元格 stay in
 * B and C, where `previouslyMarked` reads them, so a sheet written by an earlier version is still read.
 */
const RESULTS_HEADER = ['序号', '工作表', '单元格', '级别', '问题类型', '问题', '建议', '代码'] as const;
const RESULTS_WIDTHS: readonly (readonly [column: string, width: number])[] = [['A', 6], ['B', 14], ['C', 10], ['D', 6], ['E', 24], ['F', 60], ['G', 50], ['H', 28]];
const LAST_COLUMN = 'H';
const FIRST_RESULT_ROW = 4;

/** Fill colours per severity (Excel's own "bad / neutral / note" palette, readable when printed). */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
const SEVERITY_ZH: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const NOTE_PREFIX = '【文明创建表格助手】';

/**
 * The edit plan that shows findings in the workbook (issue 3): a fill per
 * severity and a note on each flagged cell, and a 校验结果 sheet listing
 * every finding with a link to its cell. Cells marked by an earlier run and
 * no longer flagged lose their mark, so running again never piles marks up.
 * Adjacent cells that get the same fill get it in one op over their range
 * (`E3:E9`), not one op per cell: a 100,000-row sheet is a few ops, not 50,000.
 */
export function markFindings(findings: readonly Finding[], workbook: WorkbookGrids, today?: string): EditPlan {
  const sheets = new Set(workbook.sheets.filter((s) => !s.protected).map((s) => s.name));
  const byCell = groupByCell(findings.filter((f) => sheets.has(f.sheet) && f.sheet !== RESULTS_SHEET));
  const fills = new Map<string, { sheet: string; fill: string | null; cells: string[] }>();
  const fill = (sheet: string, cell: string, color: string | null) => {
    const k = key(sheet, String(color));
    const group = fills.get(k) ?? { sheet, fill: color, cells: [] };
    group.cells.push(cell);
    fills.set(k, group);
  };
  const notes: EditOp[] = [];

  for (const { sheet, cell } of previouslyMarked(workbook)) {
    if (!sheets.has(sheet) || byCell.has(key(sheet, cell))) continue;
    fill(sheet, cell, null);
    notes.push({ op: 'note', sheet, cell, text: null });
  }
  for (const group of byCell.values()) {
    const worst = group.findings.reduce((a, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[a] ? f.severity : a), 'info' as Severity);
    fill(group.sheet, group.cell, SEVERITY_FILL[worst]);
    notes.push({ op: 'note', sheet: group.sheet, cell: group.cell, text: noteText(group.findings) });
  }
  const ops: EditOp[] = [...fills.values()].flatMap((group) => cellRanges(group.cells).map((range): EditOp => ({ op: 'format', sheet: group.sheet, range, format: { fill: group.fill } })));
  ops.push(...notes);
  ops.push(...resultsSheet(findings, today));
  const counts = countBySeverity(findings);
  return { summary: `标注了 ${byCell.size} 个单元格（错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}），结果列在“${RESULTS_SHEET}”工作表`, ops };
}

function key(sheet: string, cell: string): string {
  return `${sheet}\u0001${cell}`;
}

/** A range finding (a repeated header row) is marked on its first cell. */
function anchorCell(cell: string): string {
  return cell.split(':')[0];
}

function groupByCell(findings: readonly Finding[]): Map<string, { sheet: string; cell: string; findings: Finding[] }> {
  const groups = new Map<string, { sheet: string; cell: string; findings: Finding[] }>();
  for (const finding of findings) {
    const cell = anchorCell(finding.cell);
    const k = key(finding.sheet, cell);
    const group = groups.get(k) ?? { sheet: finding.sheet, cell, findings: [] };
    group.findings.push(finding);
    groups.set(k, group);
  }
  return groups;
}

/**
 * Cells (`E3`) as few ranges: runs down each column, then runs of the same rows in
 * neighbouring columns joined into rectangles. `E3 E4 E5 F3 F4 F5 E9` → `E3:F5`, `E9`.
 */
function cellRanges(cells: readonly string[]): string[] {
  const points = cells.map((cell) => parseCellAddress(cell)).sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: { top: number; left: number; bottom: number; right: number }[] = [];
  for (const { row, col } of points) {
    const last = runs[runs.length - 1];
    if (last && last.left === col && row <= last.bottom + 1) last.bottom = Math.max(last.bottom, row);
    else runs.push({ top: row, left: col, bottom: row, right: col });
  }
  runs.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.left - b.left);
  const rectangles: CellRange[] = [];
  for (const run of runs) {
    const last = rectangles[rectangles.length - 1];
    if (last && last.top === run.top && last.bottom === run.bottom && last.right === run.left - 1) rectangles[rectangles.length - 1] = { ...last, right: run.right };
    else rectangles.push(run);
  }
  return rectangles.sort((a, b) => a.top - b.top || a.left - b.left).map((range) => rangeAddress(range));
}

/** `【文明创建表格助手】\n错误：电话号码无效——电话号码“135696667405”无效：位数不对\n建议：…`, one finding after another. */
function noteText(findings: readonly Finding[]): string {
  return NOTE_PREFIX + '\n' + findings
    .map((f) => `${SEVERITY_ZH[f.severity]}：${findingTitle(f.code)}——${f.message}${f.suggestion ? `\n建议：${f.suggestion}` : ''}`)
    .join('\n');
}

/** Cells listed by an earlier run's 校验结果 sheet (only one this tool wrote). */
function previouslyMarked(workbook: WorkbookGrids): { sheet: string; cell: string }[] {
  const results = workbook.sheets.find((s) => s.name === RESULTS_SHEET);
  if (!results || cellText(results.values[0]?.[0] ?? null) !== RESULTS_SIGNATURE) return [];
  const cells: { sheet: string; cell: string }[] = [];
  for (let row = FIRST_RESULT_ROW - 1; row < results.values.length; row++) {
    const sheet = cellText(results.values[row]?.[1] ?? null);
    const cell = anchorCell(cellText(results.values[row]?.[2] ?? null));
    if (sheet && /^[A-Z]{1,3}\d+$/.test(cell)) cells.push({ sheet, cell });
  }
  return cells;
}

function resultsSheet(findings: readonly Finding[], today?: string): EditOp[] {
  const counts = countBySeverity(findings);
  const rows: CellInput[][] = findings.map((f, i) => [
    i + 1,
    f.sheet,
    { text: f.cell, hyperlink: `#${sheetReference(f.sheet, anchorCell(f.cell))}` },
    SEVERITY_ZH[f.severity],
    findingTitle(f.code),
    f.message,
    f.suggestion ?? '',
    f.code,
  ]);
  const last = FIRST_RESULT_ROW + Math.max(rows.length, 1) - 1;
  const ops: EditOp[] = [
    { op: 'addSheet', sheet: RESULTS_SHEET, replace: true },
    { op: 'setValues', sheet: RESULTS_SHEET, at: 'A1', values: [[RESULTS_SIGNATURE], [`错误 ${counts.error} 个，警告 ${counts.warning} 个，提示 ${counts.info} 个${today ? `；校验日期 ${today}` : ''}`], [...RESULTS_HEADER]] },
    { op: 'format', sheet: RESULTS_SHEET, range: 'A1', format: { font: { bold: true, size: 14 } } },
    { op: 'format', sheet: RESULTS_SHEET, range: `A3:${LAST_COLUMN}3`, format: { font: { bold: true }, fill: '#D9D9D9', border: 'thin', horizontal: 'center' } },
    { op: 'freeze', sheet: RESULTS_SHEET, rows: 3, columns: 0 },
    ...RESULTS_WIDTHS.map(([column, width]): EditOp => ({ op: 'columnWidth', sheet: RESULTS_SHEET, column, width })),
  ];
  if (rows.length === 0) {
    ops.push({ op: 'setValues', sheet: RESULTS_SHEET, at: `A${FIRST_RESULT_ROW}`, values: [['', '', '', '', '', '没有发现问题。', '', '']] });
    return ops;
  }
  ops.push({ op: 'setValues', sheet: RESULTS_SHEET, at: `A${FIRST_RESULT_ROW}`, values: rows });
  ops.push({ op: 'format', sheet: RESULTS_SHEET, range: `A${FIRST_RESULT_ROW}:${LAST_COLUMN}${last}`, format: { border: 'thin', wrap: true, vertical: 'top' } });
  // The 级别 column's fills, one op per run of equal severity.
  let start = 0;
  findings.forEach((f, i) => {
    if (findings[i + 1]?.severity === f.severity) return;
    const range = i === start ? `D${FIRST_RESULT_ROW + i}` : `D${FIRST_RESULT_ROW + start}:D${FIRST_RESULT_ROW + i}`;
    ops.push({ op: 'format', sheet: RESULTS_SHEET, range, format: { fill: SEVERITY_FILL[f.severity] } });
    start = i + 1;
  });
  return ops;
}
