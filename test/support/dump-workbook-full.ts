import type ExcelJS from 'exceljs';

/**
 * Every cell of a workbook with everything a command might change: value (or
 * formula and result), number format, fill, font, alignment, border, note,
 * data validation; plus each sheet's merges, protection, column widths, frozen
 * panes, conditional formats and print setup. One line per cell, for
 * cell-by-cell comparisons before and after a command (extends
 * `dump-workbook.ts`, which shows values, fills and notes only).
 */
export function dumpWorkbookFull(workbook: ExcelJS.Workbook, options: DumpOptions = {}): string[] {
  const lines: string[] = [];
  for (const sheet of workbook.worksheets) lines.push(...dumpSheetFull(sheet, options));
  return lines;
}

/** Aspects a dump may leave out: `styles: false` drops number format, fill, font, alignment and border. */
export interface DumpOptions {
  readonly styles?: boolean;
}

/** One sheet's lines (see `dumpWorkbookFull`). */
export function dumpSheetFull(sheet: ExcelJS.Worksheet, options: DumpOptions = {}): string[] {
  const styles = options.styles !== false;
  const lines: string[] = [`# ${sheet.name}`];
  const internal = sheet as unknown as { _merges?: Record<string, { range?: string; model?: unknown }>; sheetProtection?: unknown; conditionalFormattings?: unknown[] };
  lines.push(`${sheet.name} merges ${JSON.stringify(Object.keys(internal._merges ?? {}).sort())}`);
  if (internal.sheetProtection) lines.push(`${sheet.name} protection ${JSON.stringify(internal.sheetProtection)}`);
  // ExcelJS adds `dxfId` and a rule-level `ref` when it writes a file: bookkeeping, not content.
  const conditional = (internal.conditionalFormattings ?? []).map((cf) => {
    const { ref, rules } = cf as { ref: string; rules: Record<string, unknown>[] };
    return { ref, rules: rules.map(({ dxfId: _dxfId, ref: _ref, ...rule }) => rule) };
  });
  if (conditional.length) lines.push(`${sheet.name} conditionalFormats ${JSON.stringify(conditional)}`);
  if (sheet.views?.length) lines.push(`${sheet.name} views ${JSON.stringify(sheet.views)}`);
  const widths = (sheet.columns ?? []).map((c, i) => (c && c.width !== undefined ? `${i + 1}:${c.width}` : '')).filter(Boolean);
  if (widths.length) lines.push(`${sheet.name} widths ${widths.join(',')}`);
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const parts: string[] = [];
      if (cell.value !== null && cell.value !== undefined) parts.push(`value=${JSON.stringify(cell.value)}`);
      if (styles) {
        if (cell.numFmt && cell.numFmt !== 'General') parts.push(`numFmt=${cell.numFmt}`);
        if (cell.fill && !(cell.fill.type === 'pattern' && cell.fill.pattern === 'none')) parts.push(`fill=${JSON.stringify(cell.fill)}`);
        if (cell.font && Object.keys(cell.font).length) parts.push(`font=${JSON.stringify(cell.font)}`);
        if (cell.alignment && Object.keys(cell.alignment).length) parts.push(`align=${JSON.stringify(cell.alignment)}`);
        if (cell.border && Object.keys(cell.border).length) parts.push(`border=${JSON.stringify(cell.border)}`);
      }
      if (cell.note) parts.push(`note=${JSON.stringify(cell.note)}`);
      if (cell.dataValidation) parts.push(`validation=${JSON.stringify(cell.dataValidation)}`);
      if (parts.length) lines.push(`${sheet.name}!${cell.address} ${parts.join(' ')}`);
    });
  });
  return lines;
}

/** The lines of the named sheets only (a command's output compared with its input, new sheets left out). */
export function dumpSheetsFull(workbook: ExcelJS.Workbook, names: readonly string[], options: DumpOptions = {}): string[] {
  return workbook.worksheets.filter((s) => names.includes(s.name)).flatMap((sheet) => dumpSheetFull(sheet, options));
}
