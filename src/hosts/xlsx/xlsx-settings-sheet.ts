import type ExcelJS from 'exceljs';
import { parseStoredSettings, type StoredSettings } from '../host-capabilities';

/**
 * Where the xlsx host keeps what the pane keeps in Office's document settings:
 * a sheet Excel and WPS never show (`veryHidden`: not even in 取消隐藏, per
 * Excel's XlSheetVisibility), holding the JSON in column A in pieces under
 * Excel's 32,767-character cell limit. Grids never include it.
 */
export const SETTINGS_SHEET = '_文明创建助手_设置';

const PIECE = 30000;

export function readSettingsSheet(workbook: ExcelJS.Workbook): StoredSettings | undefined {
  const sheet = workbook.getWorksheet(SETTINGS_SHEET);
  if (!sheet) return undefined;
  let json = '';
  for (let row = 1; row <= sheet.rowCount; row++) {
    const value = sheet.getCell(row, 1).value;
    if (typeof value !== 'string') break;
    json += value;
  }
  return parseStoredSettings(json);
}

export function writeSettingsSheet(workbook: ExcelJS.Workbook, stored: StoredSettings): void {
  const existing = workbook.getWorksheet(SETTINGS_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  const json = JSON.stringify(stored);
  for (let i = 0; i * PIECE < json.length; i++) sheet.getCell(i + 1, 1).value = json.slice(i * PIECE, (i + 1) * PIECE);
}
