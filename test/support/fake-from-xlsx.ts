import type ExcelJS from 'exceljs';
import { FakeWorkbook } from '../../src/hosts/office/_test/fake-workbook';

/** Excel's serial for a date (1900 system), as Office.js shows a date cell's value. */
function serial(date: Date): number {
  return date.getTime() / 86_400_000 + 25569;
}

/**
 * The recording fake's in-memory workbook holding what an ExcelJS workbook
 * holds: values, formulas (with cached results), errors, number formats,
 * solid fills, notes, merges and protection. It lets a fixture run through the
 * Office.js host exactly as through the xlsx host.
 */
export function fakeFromXlsx(source: ExcelJS.Workbook): FakeWorkbook {
  const workbook = new FakeWorkbook();
  for (const sheet of source.worksheets) {
    const fake = workbook.addSheet(sheet.name);
    const internal = sheet as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>; sheetProtection?: { sheet?: boolean } };
    for (const { model } of Object.values(internal._merges ?? {})) fake.merges.push({ top: model.top - 1, left: model.left - 1, bottom: model.bottom - 1, right: model.right - 1 });
    fake.protected = Boolean(internal.sheetProtection?.sheet);
    sheet.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === 1) return; // the non-master cells of a merged area hold nothing
      const target = fake.ensure(r - 1, c - 1);
      if (cell.numFmt) target.numberFormat = cell.numFmt;
      if (cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' && cell.fill.fgColor?.argb) target.fill = `#${cell.fill.fgColor.argb.slice(2)}`;
      if (cell.note) fake.notes.set(cell.address, typeof cell.note === 'string' ? cell.note : (cell.note.texts ?? []).map((t) => t.text).join(''));
      let value = cell.value as ExcelJS.CellValue;
      if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
        target.formula = (value as ExcelJS.CellFormulaValue).formula ?? cell.formula;
        value = (value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue;
      }
      if (value === null || value === undefined) return;
      if (value instanceof Date) target.value = serial(value);
      else if (typeof value === 'object' && 'error' in value) target.error = String(value.error);
      else if (typeof value === 'object' && 'richText' in value) target.value = value.richText.map((run) => run.text).join('');
      else if (typeof value === 'object' && 'text' in value) target.value = String((value as { text: unknown }).text);
      else target.value = value as string | number | boolean;
    }));
  }
  return workbook;
}

/**
 * A fake workbook as plain data: sheets in order, non-empty cells, merges, notes,
 * comments, protection. `layout: false` leaves out fills and merges.
 */
export function dumpFake(workbook: FakeWorkbook, options: { layout?: boolean } = {}): unknown[] {
  const withFills = options.layout !== false;
  return workbook.sheets.map((sheet) => ({
    name: sheet.name,
    protected: sheet.protected,
    merges: withFills ? [...sheet.merges].map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort() : [],
    cells: [...sheet.cells.entries()]
      .map(([key, c]) => [key, withFills ? c : { ...c, fill: null }] as const)
      .filter(([, c]) => c.value !== null || c.formula !== undefined || c.error !== undefined || c.fill !== null || c.numberFormat !== 'General')
      // A formula written back by undo has no cached result in the fake: compare the formula, not its result.
      .map(([key, c]) => `${key} ${JSON.stringify(c.formula !== undefined ? { ...c, value: '(formula)' } : c)}`)
      .sort(),
    notes: [...sheet.notes.entries()].sort(),
    comments: sheet.comments.map((c) => `${c.cell} ${c.content}`).sort(),
  }));
}
