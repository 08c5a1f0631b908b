import type ExcelJS from 'exceljs';
import type { CellFormat, CellInput, EditOp, EditPlan, PageSetup, ValidationRule } from '../../core/edit-plan/edit-plan';
import { fillDownTarget } from '../../core/edit-plan/fill-down';
import { rowShifter } from '../../core/formula/shift-formula-rows';
import { parseCellAddress, parseRange } from '../../core/grid/a1';
import type { CellRange } from '../../core/grid/grid';
import { HostError, type ApplyReport } from '../workbook-host';
import { validateSheetName } from './sheet-name';

const MM_PER_INCH = 25.4;

/**
 * Applies an edit plan to an ExcelJS workbook. Op by op, in order; an op that
 * cannot be applied throws a HostError with a Chinese message before anything
 * of that op is written.
 */
export async function applyEditPlanToWorkbook(workbook: ExcelJS.Workbook, plan: EditPlan): Promise<ApplyReport> {
  assertApplicable(workbook, plan);
  for (const op of plan.ops) await applyOp(workbook, op);
  return { applied: plan.ops.length, fallbacks: [] };
}

/**
 * Everything that can make a plan fail is checked before the first write, so a
 * refused plan leaves the workbook exactly as it was: protected sheets, sheet
 * names Excel refuses, and ops on sheets that neither exist nor are added earlier.
 */
function assertApplicable(workbook: ExcelJS.Workbook, plan: EditPlan): void {
  const present = new Set(workbook.worksheets.map((s) => s.name));
  for (const op of plan.ops) {
    if (op.op === 'addSheet') {
      validateSheetName(op.sheet);
      present.add(op.sheet);
      continue;
    }
    if (op.op === 'deleteSheet') {
      present.delete(op.sheet);
      continue;
    }
    if (!present.has(op.sheet)) throw new HostError(`找不到工作表“${op.sheet}”，没有做任何修改。`);
    // A fill of several rows, or up, is a caller bug: refused (RangeError) before anything is written.
    if (op.op === 'fillDown') fillDownTarget(op);
    const sheet = workbook.getWorksheet(op.sheet);
    if (sheet && isProtected(sheet) && op.op !== 'protect') {
      throw new HostError(`工作表“${op.sheet}”受保护，无法修改。请先撤销工作表保护。`);
    }
  }
}

function isProtected(sheet: ExcelJS.Worksheet): boolean {
  const protection = (sheet as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return Boolean(protection && protection.sheet);
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new HostError(`找不到工作表“${name}”。`);
  return sheet;
}

async function applyOp(workbook: ExcelJS.Workbook, op: EditOp): Promise<void> {
  switch (op.op) {
    case 'addSheet': {
      validateSheetName(op.sheet);
      const existing = workbook.getWorksheet(op.sheet);
      if (existing) {
        if (!op.replace) return;
        workbook.removeWorksheet(existing.id);
      }
      const sheet = workbook.addWorksheet(op.sheet);
      if (op.activate) workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: workbook.worksheets.indexOf(sheet), visibility: 'visible' }];
      return;
    }
    case 'deleteSheet': {
      const sheet = workbook.getWorksheet(op.sheet);
      if (sheet) workbook.removeWorksheet(sheet.id);
      return;
    }
    case 'setValues': {
      const sheet = sheetOf(workbook, op.sheet);
      const start = parseCellAddress(op.at);
      op.values.forEach((row, r) => row.forEach((input, c) => {
        sheet.getCell(start.row + r + 1, start.col + c + 1).value = toExcelValue(input);
      }));
      return;
    }
    case 'format': {
      const sheet = sheetOf(workbook, op.sheet);
      forEachCell(parseRange(op.range), (row, col) => applyFormat(sheet.getCell(row + 1, col + 1), op.format));
      return;
    }
    case 'merge': {
      const sheet = sheetOf(workbook, op.sheet);
      sheet.unMergeCells(op.range);
      sheet.mergeCells(op.range);
      return;
    }
    case 'columnWidth':
      sheetOf(workbook, op.sheet).getColumn(op.column).width = op.width;
      return;
    case 'fillDown':
      fillDown(sheetOf(workbook, op.sheet), fillDownTarget(op));
      return;
    case 'rowHeight': {
      const sheet = sheetOf(workbook, op.sheet);
      for (let row = op.row; row <= (op.toRow ?? op.row); row++) sheet.getRow(row).height = op.height;
      return;
    }
    case 'validation': {
      const sheet = sheetOf(workbook, op.sheet);
      const validation = toValidation(op.rule);
      forEachCell(parseRange(op.range), (row, col) => { sheet.getCell(row + 1, col + 1).dataValidation = validation; });
      return;
    }
    case 'conditionalFormat': {
      const sheet = sheetOf(workbook, op.sheet);
      const style = toStyle(op.rule.format);
      const rule = op.rule.type === 'expression'
        ? { type: 'expression' as const, priority: 1, formulae: [op.rule.formula], style }
        : { type: 'cellIs' as const, priority: 1, operator: op.rule.operator, formulae: [...op.rule.formulas], style };
      sheet.addConditionalFormatting({ ref: op.range, rules: [rule as ExcelJS.ConditionalFormattingRule] });
      return;
    }
    case 'note': {
      const cell = sheetOf(workbook, op.sheet).getCell(op.cell);
      if (op.text === null) delete (cell as unknown as { _comment?: unknown })._comment;
      else cell.note = op.text;
      return;
    }
    case 'pageSetup':
      applyPageSetup(sheetOf(workbook, op.sheet), op.setup);
      return;
    case 'freeze':
      sheetOf(workbook, op.sheet).views = [{ state: 'frozen', xSplit: op.columns, ySplit: op.rows }];
      return;
    case 'protect':
      await sheetOf(workbook, op.sheet).protect(op.password ?? '', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
      return;
  }
}

/**
 * Writes each filled cell, formulas moved row by row, rather than an ExcelJS shared
 * formula: ExcelJS moves shared formulas itself when it reads a file back, and its
 * mover also moves references inside text (`"A1"`) and misses quoted sheet names.
 */
function fillDown(sheet: ExcelJS.Worksheet, target: CellRange): void {
  for (let col = target.left; col <= target.right; col++) {
    const source = sheet.getCell(target.top, col + 1);
    const formula = source.formula;
    const shift = formula ? rowShifter(formula) : undefined;
    const value = source.value;
    for (let row = target.top; row <= target.bottom; row++) {
      sheet.getCell(row + 1, col + 1).value = shift ? ({ formula: shift(row - target.top + 1) } as ExcelJS.CellFormulaValue) : value;
    }
  }
}

function forEachCell(range: CellRange, visit: (row: number, col: number) => void): void {
  for (let row = range.top; row <= range.bottom; row++) for (let col = range.left; col <= range.right; col++) visit(row, col);
}

function toExcelValue(input: CellInput): ExcelJS.CellValue {
  if (input === null || typeof input !== 'object' || input instanceof Date) return input;
  if ('formula' in input) return { formula: input.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  return { text: input.text, hyperlink: input.hyperlink } as ExcelJS.CellHyperlinkValue;
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function toStyle(format: CellFormat): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (format.font) style.font = { ...format.font, ...(format.font.color ? { color: { argb: argb(format.font.color) } } : {}) } as Partial<ExcelJS.Font>;
  if (format.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(format.fill) }, bgColor: { argb: argb(format.fill) } };
  return style;
}

function applyFormat(cell: ExcelJS.Cell, format: CellFormat): void {
  // Cells read from a file share style objects by style index: ExcelJS's setters (`cell.fill = …`)
  // mutate that shared object and would recolour every cell of the same style. Always assign a fresh one.
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (format.font) {
    const { color, ...rest } = format.font;
    style.font = { ...style.font, ...rest, ...(color ? { color: { argb: argb(color) } } : {}) };
  }
  if (format.fill !== undefined) {
    style.fill = format.fill === null
      ? { type: 'pattern', pattern: 'none' }
      : { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(format.fill) } };
  }
  if (format.horizontal || format.vertical || format.wrap !== undefined) {
    style.alignment = {
      ...style.alignment,
      ...(format.horizontal ? { horizontal: format.horizontal } : {}),
      ...(format.vertical ? { vertical: format.vertical } : {}),
      ...(format.wrap !== undefined ? { wrapText: format.wrap } : {}),
    };
  }
  if (format.numberFormat) style.numFmt = format.numberFormat;
  if (format.border) {
    const edge = format.border === 'none' ? {} : { style: format.border };
    style.border = { top: edge, left: edge, bottom: edge, right: edge } as Partial<ExcelJS.Borders>;
  }
  if (format.locked !== undefined) style.protection = { ...style.protection, locked: format.locked };
  cell.style = style as ExcelJS.Style;
}

function bound(value: number | { readonly formula: string }): string | number {
  return typeof value === 'number' ? value : value.formula.replace(/^=/, '');
}

function toValidation(rule: ValidationRule): ExcelJS.DataValidation {
  const messages = {
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '输入无效',
    error: rule.error ?? '输入的值不符合要求。',
    ...(rule.prompt ? { showInputMessage: true, prompt: rule.prompt } : {}),
  };
  switch (rule.type) {
    case 'decimal':
    case 'whole':
      return { type: rule.type, operator: 'between', allowBlank: true, formulae: [bound(rule.min), bound(rule.max)], ...messages } as ExcelJS.DataValidation;
    case 'list': {
      const source = Array.isArray(rule.source)
        ? `"${(rule.source as readonly string[]).join(',')}"`
        : (rule.source as { formula: string }).formula.replace(/^=/, '');
      return { type: 'list', allowBlank: true, formulae: [source], ...messages } as ExcelJS.DataValidation;
    }
  }
}

function applyPageSetup(sheet: ExcelJS.Worksheet, setup: PageSetup): void {
  const margins = setup.margins;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4 in the OOXML paper-size table
    orientation: setup.orientation,
    ...(margins ? {
      margins: {
        top: margins.top / MM_PER_INCH, bottom: margins.bottom / MM_PER_INCH,
        left: margins.left / MM_PER_INCH, right: margins.right / MM_PER_INCH,
        header: (margins.header ?? 10) / MM_PER_INCH, footer: (margins.footer ?? 10) / MM_PER_INCH,
      },
    } : {}),
    ...(setup.printTitleRows ? { printTitlesRow: setup.printTitleRows } : {}),
    ...(setup.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    ...(setup.horizontalCentered ? { horizontalCentered: true } : {}),
  };
  for (const row of setup.rowBreaks ?? []) sheet.getRow(row).addPageBreak();
  if (setup.footer) sheet.headerFooter = { ...sheet.headerFooter, oddFooter: setup.footer, evenFooter: setup.footer };
}
