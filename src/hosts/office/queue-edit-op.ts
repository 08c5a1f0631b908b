import { blockRange } from '../../core/edit-plan/block-range';
import type { CellInput, EditOp } from '../../core/edit-plan/edit-plan';
import { fillDownRange } from '../../core/edit-plan/fill-down';
import { cellAddress, parseCellAddress, parseRange } from '../../core/grid/a1';
import type { OfficeCapabilities } from './office-capabilities';
import { BatchSheets } from './_lib/batch-sheets';
import { queueCellFormat, queueConditionalFormat } from './queue-format';
import { queuePageSetup } from './queue-page-setup';
import { queueValidation } from './queue-validation';
import type { CommentIndex } from './queue-snapshot';
import { formulaEntry } from './_lib/office-values';

/** What queuing needs besides the op: the host's capabilities, and where fallbacks are reported. */
export interface QueueEnvironment {
  readonly capabilities: OfficeCapabilities;
  /** Existing comments by `sheet!A1`, when notes fall back to comments. */
  readonly comments: CommentIndex;
  /** Chinese sentences for the ApplyReport: what was done differently from the plan. */
  readonly fallbacks: Set<string>;
  /** The batch's worksheet proxies, shared by its ops (each sheet looked up once per batch); without it, each op looks its sheet up. */
  readonly sheets?: BatchSheets;
}

export const FALLBACK_COMMENTS = '此版本 Excel 不支持“注释”（ExcelApi 1.18），已改用“批注”（Comments）标注问题。';
export const FALLBACK_NO_NOTES = '此版本 Excel 不支持注释和批注，问题只列在“校验结果”工作表中。';
export const FALLBACK_NO_PAGE_LAYOUT = '此版本 Excel 不支持页面设置接口（ExcelApi 1.9），请在“页面布局”中手动设置 A4 纸和页边距。';
export const FALLBACK_NO_HYPERLINKS = '此版本 Excel 不支持写入超链接，已只写入文字。';

/**
 * Queues one op of an edit plan on the batch, without syncing. The caller
 * queues every op and syncs once (see `OfficeHost.applyEditPlan`).
 */
export function queueEditOp(context: Excel.RequestContext, op: EditOp, env: QueueEnvironment): void {
  const sheets = env.sheets ?? new BatchSheets(context.workbook.worksheets);
  switch (op.op) {
    case 'addSheet': {
      // A method on a null object is a no-op, so this deletes the old sheet only if there is one.
      if (op.replace) context.workbook.worksheets.getItemOrNullObject(op.sheet).delete();
      const sheet = context.workbook.worksheets.add(op.sheet);
      sheets.added(op.sheet, sheet);
      if (op.activate) sheet.activate();
      return;
    }
    case 'deleteSheet':
      context.workbook.worksheets.getItemOrNullObject(op.sheet).delete();
      sheets.deleted(op.sheet);
      return;
    case 'setValues':
      queueValues(sheets.get(op.sheet), op.at, op.values, env);
      return;
    case 'format':
      queueCellFormat(sheets.get(op.sheet).getRange(op.range), op.format, parseRange(op.range));
      return;
    case 'merge':
      sheets.get(op.sheet).getRange(op.range).merge(false);
      return;
    case 'columnWidth':
      sheets.get(op.sheet).getRange(`${op.column}:${op.column}`).format.columnWidth = characterWidthToPoints(op.width);
      return;
    case 'fillDown': {
      // `copyFrom` (ExcelApi 1.9, below the manifest's 1.13) repeats a one-row source over every row of
      // the destination and moves relative references as a fill does; `Formulas` copies values and
      // formulas, not formats. One small action, however many rows.
      const sheet = sheets.get(op.sheet);
      sheet.getRange(fillDownRange(op)).copyFrom(sheet.getRange(op.source), 'Formulas');
      return;
    }
    case 'rowHeight':
      sheets.get(op.sheet).getRange(`${op.row}:${op.toRow ?? op.row}`).format.rowHeight = op.height;
      return;
    case 'validation':
      queueValidation(sheets.get(op.sheet).getRange(op.range), op.rule);
      return;
    case 'conditionalFormat':
      queueConditionalFormat(sheets.get(op.sheet).getRange(op.range), op.rule);
      return;
    case 'note':
      queueNote(context, sheets, op.sheet, op.cell, op.text, env);
      return;
    case 'pageSetup':
      if (env.capabilities.pageLayout) queuePageSetup(sheets.get(op.sheet), op.setup);
      else env.fallbacks.add(FALLBACK_NO_PAGE_LAYOUT);
      return;
    case 'freeze': {
      const panes = sheets.get(op.sheet).freezePanes;
      if (op.rows > 0 && op.columns > 0 && env.capabilities.freezeAt) panes.freezeAt(sheets.get(op.sheet).getRangeByIndexes(0, 0, op.rows, op.columns));
      else if (op.rows > 0) panes.freezeRows(op.rows);
      else if (op.columns > 0) panes.freezeColumns(op.columns);
      return;
    }
    case 'protect':
      sheets.get(op.sheet).protection.protect({ allowFormatColumns: true, allowFormatRows: true }, op.password);
      return;
  }
}

/**
 * Writes a block through `range.formulas`, which takes constants and formulas
 * alike. A ragged block is written row by row so short rows do not blank the
 * cells to their right. Dates become serials with a date format; hyperlinks
 * are set cell by cell.
 */
function queueValues(sheet: Excel.Worksheet, at: string, values: readonly (readonly CellInput[])[], env: QueueEnvironment): void {
  const start = parseCellAddress(at);
  const width = Math.max(0, ...values.map((row) => row.length));
  const rectangular = values.every((row) => row.length === width);
  if (width === 0) return;
  if (rectangular) {
    sheet.getRange(blockRange(at, values)).formulas = values.map((row) => row.map(formulaEntry));
  } else {
    values.forEach((row, r) => {
      if (row.length === 0) return;
      const rowAt = cellAddress(start.row + r, start.col);
      sheet.getRange(blockRange(rowAt, [row])).formulas = [row.map(formulaEntry)];
    });
  }
  values.forEach((row, r) => row.forEach((input, c) => {
    if (input instanceof Date) {
      sheet.getRange(cellAddress(start.row + r, start.col + c)).numberFormat = [['yyyy-mm-dd']];
    } else if (input !== null && typeof input === 'object' && 'hyperlink' in input) {
      if (env.capabilities.hyperlinks) sheet.getRange(cellAddress(start.row + r, start.col + c)).hyperlink = hyperlinkOf(input);
      else env.fallbacks.add(FALLBACK_NO_HYPERLINKS);
    }
  }));
}

/**
 * A link inside the workbook (`#'附件1'!E27`, as the 校验结果 sheet writes them) is a
 * `documentReference` in Office.js; anything else is an address.
 */
export function hyperlinkOf(input: { readonly text: string; readonly hyperlink: string }): Excel.RangeHyperlink {
  return input.hyperlink.startsWith('#')
    ? { documentReference: input.hyperlink.slice(1), textToDisplay: input.text }
    : { address: input.hyperlink, textToDisplay: input.text };
}

/** Notes (ExcelApi 1.18), else comments (1.10), else nothing: the 校验结果 sheet still lists every finding. */
function queueNote(context: Excel.RequestContext, sheets: BatchSheets, sheetName: string, cell: string, text: string | null, env: QueueEnvironment): void {
  if (env.capabilities.notes) {
    const notes = sheets.notesOf(sheetName);
    notes.getItemOrNullObject(cell).delete();
    if (text !== null) notes.add(cell, text);
    return;
  }
  if (env.capabilities.comments) {
    env.fallbacks.add(FALLBACK_COMMENTS);
    const existing = env.comments.get(`${sheetName}!${cell}`);
    if (existing) context.workbook.comments.getItem(existing.id).delete();
    if (text !== null) sheets.get(sheetName).comments.add(cell, text);
    return;
  }
  env.fallbacks.add(FALLBACK_NO_NOTES);
}

/**
 * Plans give column widths in characters (as ExcelJS and Excel's UI do);
 * Office.js wants points. Excel's rule: pixels = characters × 7 + 5 at the
 * default font (Calibri 11 / 等线 11), and 1 px = 0.75 pt.
 */
export function characterWidthToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
