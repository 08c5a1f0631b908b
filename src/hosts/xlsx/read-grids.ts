import type ExcelJS from 'exceljs';
import type { CellRange, CellValue, Grid, WorkbookGrids } from '../../core/grid/grid';

/** Rows the xlsx host reads from one sheet before it stops and marks the grid truncated. */
export const MAX_ROWS_READ = 1_048_576;

/** ExcelJS's cell type for the non-master cells of a merged area. */
const MERGE_TYPE = 1;

/**
 * Turns one ExcelJS cell value into the core's CellValue: formulas become their
 * cached results, rich text its plain text, hyperlinks their text, errors `{error}`.
 */
export function toCellValue(raw: ExcelJS.CellValue): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return raw;
  if (typeof raw === 'object') {
    if ('error' in raw && typeof raw.error === 'string') return { error: raw.error };
    if ('richText' in raw && Array.isArray(raw.richText)) return raw.richText.map((run) => run.text ?? '').join('');
    if ('formula' in raw || 'sharedFormula' in raw) {
      const result = (raw as { result?: ExcelJS.CellValue }).result;
      if (result && typeof result === 'object' && 'error' in result) return { error: String(result.error) };
      return result === undefined ? null : toCellValue(result as ExcelJS.CellValue);
    }
    if ('text' in raw) {
      const text = (raw as { text: unknown }).text;
      if (typeof text === 'string') return text;
      if (text && typeof text === 'object' && 'richText' in text) return toCellValue(text as ExcelJS.CellValue);
    }
  }
  return String(raw);
}

function mergesOf(sheet: ExcelJS.Worksheet): CellRange[] {
  // ExcelJS keeps merges in a private map keyed by the master address; the public
  // `model.merges` rebuilds the whole sheet model, far too slow for big sheets.
  const internal = (sheet as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges;
  if (!internal) return [];
  return Object.values(internal)
    .filter(Boolean)
    .map(({ model }) => ({ top: model.top - 1, left: model.left - 1, bottom: model.bottom - 1, right: model.right - 1 }));
}

/** Reads one worksheet into a grid (values, number formats, merges, protection). */
export function sheetToGrid(sheet: ExcelJS.Worksheet, maxRows = MAX_ROWS_READ): Grid {
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  let truncated = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > maxRows) { truncated = true; return; }
    const rowValues: CellValue[] = [];
    const rowFormats: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cell.type === MERGE_TYPE ? null : toCellValue(cell.value);
      rowValues[colNumber - 1] = value;
      if (cell.numFmt) rowFormats[colNumber - 1] = cell.numFmt;
    });
    for (let i = 0; i < rowValues.length; i++) if (rowValues[i] === undefined) rowValues[i] = null;
    values[rowNumber - 1] = rowValues;
    if (rowFormats.length > 0) numberFormats[rowNumber - 1] = rowFormats;
  });
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = [];
  const protection = (sheet as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return {
    name: sheet.name,
    values,
    numberFormats,
    merges: mergesOf(sheet),
    ...(protection && protection.sheet ? { protected: true } : {}),
    ...(truncated ? { truncated: true } : {}),
  };
}
import { SETTINGS_SHEET } from './xlsx-settings-sheet';

/** Reads the workbook (or the named sheets) into grids, in tab order; the host's own settings sheet is not one of them. */
export function workbookToGrids(workbook: ExcelJS.Workbook, sheets?: readonly string[]): WorkbookGrids {
  const wanted = sheets ? new Set(sheets) : undefined;
  // `worksheets` is in tab order; `eachSheet` walks internal ids, which differ after moves.
  const grids = workbook.worksheets.filter((sheet) => sheet.name !== SETTINGS_SHEET && (!wanted || wanted.has(sheet.name))).map((sheet) => sheetToGrid(sheet));
  return { sheets: grids };
}
