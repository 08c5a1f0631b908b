import { cellAddress } from '../../grid/a1';
import { isBlankValue } from '../../grid/cell-text';
import { cellAt, formatAt, type CellValue, type Grid } from '../../grid/grid';
import type { CheckContext } from '../../check/check-context';
import { columnsOf, type RecognizedTable } from '../../recognize/recognized-table';
import type { ColumnRole, RecognizedKind } from '../../recognize/table-kind';
import type { ClassifyPhoneOptions } from '../classifyPhone';
import { parseContactCell, type ContactEntry } from '../parseContactCell';
import { parseSplitContact } from '../parseSplitContact';
import { readNumericPhone } from '../readNumericPhone';

/** A cell of a contact-bearing column, with its value and number format as the grid holds them. */
export interface ContactCell {
  readonly sheet: string;
  readonly sheetIndex: number;
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly value: CellValue;
  readonly format?: string;
  /** What the cell says, for cells of combined contact columns (parsed once, read by every rule). */
  readonly entries?: readonly ContactEntry[];
}

/** An entry with the cells its name and its phones were written in. */
export interface PlacedEntry {
  readonly id: number;
  readonly entry: ContactEntry;
  readonly nameCell: ContactCell;
  readonly phoneCell: ContactCell;
}

/** One row's contact: a single combined cell, or a name cell paired with a phone cell. */
export interface ContactUnit {
  readonly tableKey: string;
  readonly tableKind: RecognizedKind;
  /** True for 联系人及电话 columns and name + phone column pairs: every name there should have a number. */
  readonly expectsPhone: boolean;
  /** False for a phone column with no name column beside it: there a bare number is all the table asks for. */
  readonly expectsName: boolean;
  readonly nameCell: ContactCell;
  readonly phoneCell: ContactCell;
  readonly entries: readonly PlacedEntry[];
}

/**
 * Roles whose cells hold names, phones or both (DOMAIN §1–2). Cells in list
 * roles hold several names (`杨爱民、原天义`) and sometimes a phone (seed 004's
 * 包联单位分管领导 `陶  宏\n13982969551`). A second phone column (`值班手机` beside
 * `联系电话`) is read on its own: its cells are checked, and a bare number there is no
 * NAME_MISSING.
 */
const COMBINED_ROLES: readonly { readonly role: ColumnRole; readonly expectsPhone: boolean; readonly expectsName: boolean }[] = [
  { role: 'contact', expectsPhone: true, expectsName: true },
  { role: 'contactName', expectsPhone: false, expectsName: true },
  { role: 'name', expectsPhone: false, expectsName: true },
  { role: 'person', expectsPhone: false, expectsName: true },
  { role: 'responsible', expectsPhone: false, expectsName: true },
  { role: 'leader', expectsPhone: false, expectsName: true },
  { role: 'gridStaff', expectsPhone: false, expectsName: true },
  { role: 'phone', expectsPhone: false, expectsName: false },
];

/** Where a phone column takes its names from, in order of preference. */
const NAME_SOURCES: readonly ColumnRole[] = ['contactName', 'name', 'person', 'responsible'];

/** Excel's column count: a sheet and column make one small number. */
const EXCEL_COLUMNS = 16_384;

/** The text a contact parser reads from a cell: strings as written, numbers as the phone they stand for. */
export function contactText(cell: ContactCell, options: ClassifyPhoneOptions): string {
  if (typeof cell.value === 'string') return cell.value;
  if (typeof cell.value === 'number') return readNumericPhone(cell.value, cell.format, options).phone;
  return '';
}

/** The contact-bearing columns of a table: single cells read whole, and the name + phone column pair. */
function contactColumnsOf(table: RecognizedTable): { combined: { col: number; expectsPhone: boolean; expectsName: boolean }[]; phoneCol?: number; nameCol?: number } {
  const phoneCol = columnsOf(table, 'phone')[0];
  const nameCol = phoneCol === undefined ? undefined : NAME_SOURCES.map((role) => columnsOf(table, role)[0]).find((c) => c !== undefined);
  // Once a 联系人及电话 column has been split into 联系人 + 联系电话, the split pair speaks for it.
  const splitPair = phoneCol !== undefined && nameCol !== undefined;
  const combined = COMBINED_ROLES.filter(({ role }) => !(splitPair && role === 'contact'))
    .flatMap(({ role, expectsPhone, expectsName }) => columnsOf(table, role).map((col) => ({ col, expectsPhone, expectsName })))
    .filter(({ col }, i, all) => col !== nameCol && col !== phoneCol && all.findIndex((x) => x.col === col) === i);
  return { combined, phoneCol, nameCol };
}

/** How many recognised tables have contact-bearing columns. */
export function countContactTables(context: CheckContext): number {
  return context.tables.filter((table) => {
    const { combined, phoneCol } = contactColumnsOf(table);
    return combined.length > 0 || phoneCol !== undefined;
  }).length;
}

/**
 * Calls `visit` with each table row's contact units, in table order, and the cells read for the first
 * time on the way (each cell once, however many tables or roles read it). Nothing is kept between
 * calls, so a rule that needs only some facts of each unit keeps only those: on a sheet of 100,000
 * rows that is what keeps the garbage collector's work small.
 */
export function forEachContactRow(context: CheckContext, visit: (units: readonly ContactUnit[], newCells: readonly ContactCell[]) => void): void {
  const options = { areaCode: context.settings.areaCode };
  const sheets = new Map<string, { grid: Grid; index: number }>(context.workbook.sheets.map((grid, index) => [grid.name, { grid, index }]));
  // Per sheet and column, which rows have been read: one byte per row, no allocation per cell.
  const seen = new Map<number, Uint8Array>();
  let nextId = 0;

  context.tables.forEach((table: RecognizedTable, tableIndex) => {
    const sheet = sheets.get(table.sheet);
    if (!sheet) return;
    const tableKey = `${table.sheet}#${tableIndex}`;
    const { combined, phoneCol, nameCol } = contactColumnsOf(table);
    if (combined.length === 0 && phoneCol === undefined) return;
    /** The cell, noted in `newCells` the first time any table or role reads it; `parse` reads its contacts. */
    const cellAtPos = (row: number, col: number, parse: boolean, newCells: ContactCell[]): ContactCell => {
      // Built field by field, optional fields only when present (V8 copies spread objects slowly).
      const cell: { -readonly [K in keyof ContactCell]: ContactCell[K] } = { sheet: table.sheet, sheetIndex: sheet.index, row, col, address: cellAddress(row, col), value: cellAt(sheet.grid, row, col) };
      const format = formatAt(sheet.grid, row, col);
      if (format !== undefined) cell.format = format;
      if (parse && !isBlankValue(cell.value)) cell.entries = parseContactCell(contactText(cell, options), options);
      const column = sheet.index * EXCEL_COLUMNS + col;
      let read = seen.get(column);
      if (read === undefined) {
        read = new Uint8Array(sheet.grid.values.length + 1);
        seen.set(column, read);
      }
      if (read[row] === 0) {
        read[row] = 1;
        newCells.push(cell);
      }
      return cell;
    };
    for (const row of table.dataRows) {
      const newCells: ContactCell[] = [];
      const units: ContactUnit[] = [];
      for (const { col, expectsPhone, expectsName } of combined) {
        const cell = cellAtPos(row, col, true, newCells);
        if (cell.entries === undefined) continue;
        const entries = cell.entries.map((entry): PlacedEntry => ({ id: nextId++, entry, nameCell: cell, phoneCell: cell }));
        units.push({ tableKey, tableKind: table.kind, expectsPhone, expectsName, nameCell: cell, phoneCell: cell, entries });
      }
      if (phoneCol !== undefined) {
        const phoneCell = cellAtPos(row, phoneCol, false, newCells);
        const nameCell = nameCol === undefined ? phoneCell : cellAtPos(row, nameCol, false, newCells);
        if (!isBlankValue(phoneCell.value) || !isBlankValue(nameCell.value)) {
          const nameText = nameCol === undefined ? '' : contactText(nameCell, options);
          const entries = parseSplitContact(nameText, contactText(phoneCell, options), options)
            .map((e): PlacedEntry => ({ id: nextId++, entry: e.entry, nameCell: e.nameIn === 'name' ? nameCell : phoneCell, phoneCell: e.phonesIn === 'name' ? nameCell : phoneCell }));
          units.push({ tableKey, tableKind: table.kind, expectsPhone: nameCol !== undefined, expectsName: nameCol !== undefined, nameCell, phoneCell, entries });
        }
      }
      visit(units, newCells);
    }
  });
}

/** Every cell of the contact-bearing columns and every row's contact unit, in table order. */
export function collectContactUnits(context: CheckContext): { cells: ContactCell[]; units: ContactUnit[] } {
  const cells: ContactCell[] = [];
  const units: ContactUnit[] = [];
  forEachContactRow(context, (rowUnits, newCells) => {
    units.push(...rowUnits);
    cells.push(...newCells);
  });
  return { cells, units };
}
