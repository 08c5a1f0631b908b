/**
 * The in-memory workbook behind the fake Excel: sheets of cells with values,
 * formulas, number formats, fills and notes. Only the test fake touches it.
 */

export interface FakeCell {
  value: string | number | boolean | null;
  formula?: string;
  error?: string;
  numberFormat: string;
  fill: string | null;
}

export interface FakeRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: FakeRect[] = [];
  readonly notes = new Map<string, string>();
  readonly comments: { id: string; cell: string; content: string }[] = [];
  protected = false;

  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  ensure(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, numberFormat: 'General', fill: null };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** The used range, values only: the bounding box of cells holding something. */
  usedRect(): FakeRect | null {
    let rect: FakeRect | null = null;
    for (const [key, cell] of this.cells) {
      if (cell.value === null && cell.formula === undefined && cell.error === undefined) continue;
      const [row, col] = key.split(',').map(Number);
      rect = rect
        ? { top: Math.min(rect.top, row), left: Math.min(rect.left, col), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return rect;
  }
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  activeSheet = 0;
  selection: { sheet: string; address: string } | undefined;
  private nextCommentId = 1;

  /** A workbook from plain rows per sheet: strings, numbers, booleans, `#REF!`-style errors as `{ error }`. */
  static fromRows(sheets: Record<string, (string | number | boolean | null | { error: string })[][]>): FakeWorkbook {
    const workbook = new FakeWorkbook();
    for (const [name, rows] of Object.entries(sheets)) {
      const sheet = workbook.addSheet(name);
      rows.forEach((row, r) => row.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.ensure(r, c);
        if (typeof value === 'object') cell.error = value.error;
        else cell.value = value;
      }));
    }
    return workbook;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw fakeError('ItemAlreadyExists', `sheet ${name} exists`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(name: string): void {
    const index = this.sheets.findIndex((s) => s.name === name);
    if (index >= 0) this.sheets.splice(index, 1);
    this.activeSheet = Math.min(this.activeSheet, Math.max(0, this.sheets.length - 1));
  }

  commentId(): string {
    return `comment-${this.nextCommentId++}`;
  }
}

/** An error shaped like OfficeExtension.Error: the host reads `code`. */
export function fakeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}
