import type ExcelJS from 'exceljs';

/** Every cell of a workbook as text lines (`sheet!A1 value | fill | note`), for cell-by-cell comparisons. */
export function dumpWorkbook(workbook: ExcelJS.Workbook, options: { values?: boolean; marks?: boolean } = { values: true, marks: true }): string[] {
  const lines: string[] = [];
  for (const sheet of workbook.worksheets) {
    lines.push(`# ${sheet.name}`);
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const parts: string[] = [];
        if (options.values !== false) parts.push(JSON.stringify(cell.value));
        if (options.marks !== false) {
          const fill = cell.fill && cell.fill.type === 'pattern' && cell.fill.pattern === 'solid' ? (cell.fill.fgColor?.argb ?? '') : '';
          parts.push(fill, cell.note ? JSON.stringify(cell.note) : '');
        }
        if (parts.some((p) => p !== '' && p !== 'null')) lines.push(`${sheet.name}!${cell.address} ${parts.join(' | ')}`);
      });
    });
  }
  return lines;
}
