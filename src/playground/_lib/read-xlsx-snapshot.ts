import type ExcelJS from 'exceljs';
import type { PlanSnapshot, SnapshotBlock, SnapshotTargets } from '../../core/edit-plan/plan-snapshot';
import { parseRange, rangeAddress } from '../../core/grid/a1';
import { cellInputOf, fillOf, noteOf, usedBounds } from './excel-cell';

/**
 * Reads, from an ExcelJS workbook, what a plan is about to overwrite: values
 * and formulas, number formats, fills, notes, and the sheets it replaces.
 * Everything the core's `inversePlan` needs for an exact undo.
 */
export function readXlsxSnapshot(workbook: ExcelJS.Workbook, targets: SnapshotTargets): PlanSnapshot {
  const blocks = targets.blocks.map((target): SnapshotBlock => {
    const sheet = workbook.getWorksheet(target.sheet);
    if (!sheet) return { sheet: target.sheet, range: target.range };
    const range = parseRange(target.range);
    const grid = <T>(read: (cell: ExcelJS.Cell) => T): T[][] => {
      const rows: T[][] = [];
      for (let r = range.top; r <= range.bottom; r++) {
        const row: T[] = [];
        for (let c = range.left; c <= range.right; c++) row.push(read(sheet.getCell(r + 1, c + 1)));
        rows.push(row);
      }
      return rows;
    };
    return {
      sheet: target.sheet,
      range: target.range,
      ...(target.contents ? { contents: grid(cellInputOf) } : {}),
      ...(target.numberFormats ? { numberFormats: grid((cell) => cell.numFmt || 'General') } : {}),
      ...(target.fills ? { fills: grid(fillOf) } : {}),
    };
  });
  const sheets = targets.sheets.map((name) => {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) return { name, existed: false };
    const bounds = usedBounds(sheet);
    if (!bounds) return { name, existed: true };
    const range = rangeAddress({ top: bounds.top - 1, left: bounds.left - 1, bottom: bounds.bottom - 1, right: bounds.right - 1 });
    const [used] = readXlsxSnapshot(workbook, { blocks: [{ sheet: name, range, contents: true, numberFormats: true, fills: false }], sheets: [], notes: [] }).blocks;
    return { name, existed: true, used };
  });
  const notes = targets.notes.map(({ sheet, cell }) => {
    const worksheet = workbook.getWorksheet(sheet);
    return { sheet, cell, text: worksheet ? noteOf(worksheet.getCell(cell)) : null };
  });
  return { blocks, sheets, notes };
}
