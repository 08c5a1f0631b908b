/* eslint-disable @typescript-eslint/no-explicit-any */
import { columnIndex, parseRange, rangeAddress } from '../../../core/grid/a1';
import { fakeError, FakeWorkbook, type FakeRect, type FakeSheet } from './fake-workbook';

/**
 * A recording fake of the Excel JavaScript API, just large enough for the
 * Office host. It keeps Office.js's batch semantics, which are what the tests
 * are about: property writes and method calls are queued; loads are queued
 * and fill the proxy only when `context.sync()` runs the queue, in order;
 * reading a property that was not loaded and synced throws, as Office.js does.
 * It counts syncs and refuses a request above 5 MB like Excel on the web.
 */

const REQUEST_LIMIT = 5 * 1024 * 1024;

interface Action {
  readonly bytes: number;
  run(): void;
}

export class FakeExcel {
  syncs = 0;
  /** Serialised size of each sync's request, for the 5 MB tests. */
  readonly requestSizes: number[] = [];
  /** Every property write and call on parts the fake does not model (fonts, borders, page layout…). */
  readonly log: { path: string; value: unknown }[] = [];

  constructor(readonly workbook: FakeWorkbook) {}

  /** Stands in for `Excel.run`: a fresh context per batch, and a final sync of anything left queued. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.queue.length > 0) await context.sync();
    return result;
  };
}

class FakeContext {
  readonly queue: Action[] = [];
  readonly workbook: any;

  constructor(readonly excel: FakeExcel) {
    this.workbook = { worksheets: new WorksheetCollection(this), comments: new WorkbookComments(this) };
  }

  enqueue(run: () => void, bytes = 60): void {
    this.queue.push({ bytes, run });
  }

  async sync(): Promise<void> {
    this.excel.syncs += 1;
    const actions = this.queue.splice(0);
    const size = actions.reduce((sum, a) => sum + a.bytes, 0);
    this.excel.requestSizes.push(size);
    if (size > REQUEST_LIMIT) throw fakeError('RequestPayloadSizeLimitExceeded', `request of ${size} bytes`);
    for (const action of actions) action.run();
  }

  /** Records a write the fake does not model, as `path = value`. */
  record(path: string, value: unknown): void {
    // A plain copy: arguments such as ranges are logged by their JSON form (`{ range: 'A1:A3' }`).
    const copy = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
    this.enqueue(() => this.excel.log.push({ path, value: copy }), 60 + bytesOf(value));
  }
}

function bytesOf(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

/** A proxy part the fake does not model: every write and call is recorded in `excel.log`. */
function recorder(context: FakeContext, path: string): any {
  const target = function () {} as any;
  return new Proxy(target, {
    get: (_t, prop: string | symbol) => (prop === 'then' || typeof prop === 'symbol' ? undefined : recorder(context, `${path}.${prop}`)),
    set: (_t, prop: string, value) => {
      context.record(`${path}.${prop}`, value);
      return true;
    },
    apply: (_t, _this, args) => {
      context.record(`${path}()`, args);
      return recorder(context, `${path}()`);
    },
  });
}

/** Base of loadable proxies: values land in `loaded` at sync time; reading before that throws. */
class Loadable {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly context: FakeContext) {}

  protected loadedValue<T>(key: string): T {
    if (!this.loaded.has(key)) throw fakeError('PropertyNotLoaded', `${key} was not loaded (or not synced)`);
    return this.loaded.get(key) as T;
  }
}

class WorksheetCollection extends Loadable {
  load(_props: unknown): this {
    this.context.enqueue(() => {
      this.loaded.set('items', this.context.excel.workbook.sheets.map((sheet) => Worksheet.loadedWith(this.context, sheet)));
    });
    return this;
  }
  get items(): Worksheet[] {
    return this.loadedValue('items');
  }
  getItem(name: string): Worksheet {
    return new Worksheet(this.context, () => this.context.excel.workbook.sheet(name) ?? null, false, name);
  }
  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.context, () => this.context.excel.workbook.sheet(name) ?? null, true, name);
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => this.context.excel.workbook.sheets[this.context.excel.workbook.activeSheet] ?? null, false, '(active)');
  }
  add(name: string): Worksheet {
    this.context.enqueue(() => void this.context.excel.workbook.addSheet(name));
    return this.getItem(name);
  }
}

class Worksheet extends Loadable {
  readonly protection: any;
  readonly notes: any;
  readonly comments: any;
  readonly freezePanes: any;
  readonly pageLayout: any;

  constructor(context: FakeContext, private readonly resolve: () => FakeSheet | null, private readonly nullable: boolean, private readonly label: string) {
    super(context);
    const sheet = () => this.sheetOrThrow();
    const self = this;
    this.protection = {
      load: () => this.context.enqueue(() => { const s = this.resolve(); if (s) self.loaded.set('protected', s.protected); }),
      get protected() { return self.loadedValue('protected'); },
      protect: (options: unknown, password?: string) => this.context.enqueue(() => {
        this.context.excel.log.push({ path: `${this.label}.protection.protect()`, value: [options, password] });
        sheet().protected = true;
      }),
    };
    this.notes = new NoteCollection(context, sheet);
    this.comments = new SheetComments(context, sheet);
    this.freezePanes = recorder(context, `${label}.freezePanes`);
    this.pageLayout = recorder(context, `${label}.pageLayout`);
  }

  /** An item of a loaded collection: `items/name` was part of the load. */
  static loadedWith(context: FakeContext, sheet: FakeSheet): Worksheet {
    const item = new Worksheet(context, () => sheet, false, sheet.name);
    item.loaded.set('name', sheet.name);
    item.loaded.set('isNullObject', false);
    return item;
  }

  /** Resolves at sync time; a non-nullable proxy to a missing sheet fails the batch, as getItem does. */
  sheetOrThrow(): FakeSheet {
    const sheet = this.resolve();
    if (!sheet) throw fakeError('ItemNotFound', `worksheet ${this.label} not found`);
    return sheet;
  }

  /** Null-object semantics: calls on a null object do nothing. */
  private ifPresent(action: (sheet: FakeSheet) => void): () => void {
    return () => {
      const sheet = this.nullable ? this.resolve() : this.sheetOrThrow();
      if (sheet) action(sheet);
    };
  }

  load(_props: unknown): this {
    this.context.enqueue(() => {
      const sheet = this.nullable ? this.resolve() : this.sheetOrThrow();
      this.loaded.set('isNullObject', sheet === null);
      if (sheet) this.loaded.set('name', sheet.name);
    });
    return this;
  }
  get name(): string {
    return this.loadedValue('name');
  }
  get isNullObject(): boolean {
    return this.loadedValue('isNullObject');
  }
  delete(): void {
    this.context.enqueue(this.ifPresent((sheet) => this.context.excel.workbook.deleteSheet(sheet.name)));
  }
  activate(): void {
    this.context.enqueue(this.ifPresent((sheet) => { this.context.excel.workbook.activeSheet = this.context.excel.workbook.sheets.indexOf(sheet); }));
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.context, () => this.sheetOrThrow(), () => rectOf(address), false);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, () => this.sheetOrThrow(), () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }), false);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const sheet = () => (this.nullable ? this.resolve() : this.sheetOrThrow());
    return new FakeRange(this.context, () => sheet(), () => sheet()?.usedRect() ?? null, true);
  }
}

/** `B3`, `A3:E49`, whole columns `B:B` and whole rows `5:5` (columns and rows are only formatted, never read). */
function rectOf(address: string): FakeRect {
  const column = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (column) return { top: 0, left: columnIndex(column[1]), bottom: 1048575, right: columnIndex(column[2]) };
  const row = /^(\d+):(\d+)$/.exec(address);
  if (row) return { top: Number(row[1]) - 1, left: 0, bottom: Number(row[2]) - 1, right: 16383 };
  return parseRange(address);
}

class FakeRange extends Loadable {
  readonly format: any;
  readonly dataValidation: any;
  readonly conditionalFormats: any;
  private readonly label: string;

  constructor(context: FakeContext, private readonly sheet: () => FakeSheet | null, private readonly rect: () => FakeRect | null, private readonly nullable: boolean) {
    super(context);
    this.label = 'range';
    const self = this;
    const fill = {
      set color(color: string) { self.write((cell) => { cell.fill = color; }, color); },
      clear: () => self.write((cell) => { cell.fill = null; }, null),
      load: () => self.context.enqueue(() => self.capture((sheet, rect) => {
        const fills = new Set<string | null>();
        eachCell(rect, (r, c) => void fills.add(sheet.cell(r, c)?.fill ?? null));
        const only = fills.size === 1 ? [...fills][0] : null;
        self.loaded.set('fill.color', fills.size === 1 ? (only ?? '#FFFFFF') : null);
      })),
      get color() { return self.loadedValue('fill.color'); },
    };
    this.format = new Proxy(recorder(context, 'range.format'), {
      get: (target, prop: string) => (prop === 'fill' ? fill : target[prop]),
    });
    this.dataValidation = recorder(context, 'range.dataValidation');
    this.conditionalFormats = recorder(context, 'range.conditionalFormats');
  }

  private resolved(): { sheet: FakeSheet; rect: FakeRect } | null {
    const sheet = this.sheet();
    const rect = sheet ? this.rect() : null;
    if (!sheet || !rect) {
      if (this.nullable) return null;
      throw fakeError('ItemNotFound', 'range not found');
    }
    return { sheet, rect };
  }

  private capture(fn: (sheet: FakeSheet, rect: FakeRect) => void): void {
    const found = this.resolved();
    this.loaded.set('isNullObject', found === null);
    if (found) fn(found.sheet, found.rect);
  }

  private write(change: (cell: ReturnType<FakeSheet['ensure']>, r: number, c: number) => void, payload: unknown): void {
    this.context.enqueue(() => {
      const found = this.resolved();
      if (!found) return;
      eachCell(found.rect, (r, c) => change(found.sheet.ensure(r, c), r, c));
    }, 60 + bytesOf(payload));
  }

  load(props: string | string[]): this {
    const wanted = Array.isArray(props) ? props : props.split(',').map((p) => p.trim());
    this.context.enqueue(() => this.capture((sheet, rect) => {
      const grid = <T>(read: (r: number, c: number) => T) => rows(rect).map((r) => cols(rect).map((c) => read(r, c)));
      for (const prop of wanted) {
        if (prop === 'values') this.loaded.set(prop, grid((r, c) => { const cell = sheet.cell(r, c); return cell?.error ?? cell?.value ?? ''; }));
        if (prop === 'valueTypes') this.loaded.set(prop, grid((r, c) => valueType(sheet.cell(r, c))));
        if (prop === 'numberFormat') this.loaded.set(prop, grid((r, c) => sheet.cell(r, c)?.numberFormat ?? 'General'));
        if (prop === 'formulas') this.loaded.set(prop, grid((r, c) => { const cell = sheet.cell(r, c); return cell?.formula ? `=${cell.formula}` : cell?.error ?? cell?.value ?? ''; }));
        if (prop === 'rowIndex') this.loaded.set(prop, rect.top);
        if (prop === 'columnIndex') this.loaded.set(prop, rect.left);
        if (prop === 'rowCount') this.loaded.set(prop, rect.bottom - rect.top + 1);
        if (prop === 'columnCount') this.loaded.set(prop, rect.right - rect.left + 1);
        if (prop === 'address') this.loaded.set(prop, `${sheet.name}!${rangeAddress(rect)}`);
      }
    }));
    return this;
  }
  get isNullObject(): boolean { return this.loadedValue('isNullObject'); }
  get values(): any[][] { return this.loadedValue('values'); }
  get valueTypes(): string[][] { return this.loadedValue('valueTypes'); }
  get numberFormat(): any[][] { return this.loadedValue('numberFormat'); }
  get formulas(): any[][] { return this.loadedValue('formulas'); }
  get rowIndex(): number { return this.loadedValue('rowIndex'); }
  get columnIndex(): number { return this.loadedValue('columnIndex'); }
  get rowCount(): number { return this.loadedValue('rowCount'); }
  get columnCount(): number { return this.loadedValue('columnCount'); }
  get address(): string { return this.loadedValue('address'); }

  set formulas(matrix: any[][]) {
    this.writeMatrix(matrix, (cell, entry) => {
      cell.formula = undefined;
      cell.error = undefined;
      if (typeof entry === 'string' && entry.startsWith('=')) {
        cell.formula = entry.slice(1);
        cell.value = 0;
      } else if (typeof entry === 'string' && entry.startsWith("'")) {
        cell.value = entry.slice(1);
      } else {
        cell.value = entry === '' ? null : (entry as string | number | boolean);
      }
    });
  }
  set values(matrix: any[][]) {
    this.formulas = matrix;
  }
  set numberFormat(matrix: any[][]) {
    this.writeMatrix(matrix, (cell, entry) => { cell.numberFormat = String(entry); });
  }
  set hyperlink(link: unknown) {
    this.context.record('range.hyperlink', link);
  }

  private writeMatrix(matrix: any[][], apply: (cell: ReturnType<FakeSheet['ensure']>, entry: unknown) => void): void {
    this.context.enqueue(() => {
      const found = this.resolved();
      if (!found) return;
      const { rect } = found;
      if (matrix.length !== rect.bottom - rect.top + 1 || matrix.some((row) => row.length !== rect.right - rect.left + 1)) {
        throw fakeError('InvalidArgument', 'matrix does not match the range');
      }
      matrix.forEach((row, r) => row.forEach((entry, c) => apply(found.sheet.ensure(rect.top + r, rect.left + c), entry)));
    }, 60 + bytesOf(matrix));
  }

  /** A range passed as an argument (`freezePanes.freezeAt(range)`) is recorded by its address. */
  toJSON(): { range: string } {
    const rect = this.rect();
    return { range: rect ? rangeAddress(rect) : '(null)' };
  }

  getCellProperties(_options: unknown): { value: any } {
    const result = new Loadable(this.context) as any;
    this.context.enqueue(() => this.capture((sheet, rect) => {
      (result.loaded as Map<string, unknown>).set('value', rows(rect).map((r) => cols(rect).map((c) => {
        const fill = sheet.cell(r, c)?.fill ?? null;
        return { format: { fill: fill === null ? { color: '#FFFFFF', pattern: 'None' } : { color: fill, pattern: 'Solid' } } };
      })));
    }));
    return { get value() { return result.loadedValue('value'); } };
  }

  getMergedAreasOrNullObject(): any {
    const self = this;
    const areas = new Loadable(this.context) as any;
    const result = {
      areas: {
        load: () => self.context.enqueue(() => {
          // The merged areas of a null range are a null object too.
          (areas.loaded as Map<string, unknown>).set('isNullObject', true);
          self.capture((sheet, rect) => {
            const inside = sheet.merges.filter((m) => m.top >= rect.top && m.bottom <= rect.bottom && m.left >= rect.left && m.right <= rect.right);
            (areas.loaded as Map<string, unknown>).set('items', inside.map((m) => ({ rowIndex: m.top, columnIndex: m.left, rowCount: m.bottom - m.top + 1, columnCount: m.right - m.left + 1 })));
            (areas.loaded as Map<string, unknown>).set('isNullObject', inside.length === 0);
          });
        }),
        get items() { return areas.loadedValue('items'); },
      },
      get isNullObject() { return areas.loadedValue('isNullObject'); },
    };
    return result;
  }

  merge(_across?: boolean): void {
    this.context.enqueue(() => {
      const found = this.resolved();
      if (found) found.sheet.merges.push(found.rect);
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const found = this.resolved();
      if (found) this.context.excel.workbook.selection = { sheet: found.sheet.name, address: rangeAddress(found.rect) };
    });
  }
}

class NoteCollection {
  constructor(private readonly context: FakeContext, private readonly sheet: () => FakeSheet) {}
  add(cell: string, content: string): void {
    this.context.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.notes.has(cell)) throw fakeError('InvalidArgument', `a note exists at ${cell}`);
      sheet.notes.set(cell, content);
    }, 60 + bytesOf(content));
  }
  getItemOrNullObject(cell: string): any {
    const note = new Loadable(this.context) as any;
    const context = this.context;
    const sheet = this.sheet;
    return {
      load: () => context.enqueue(() => {
        const text = sheet().notes.get(cell);
        (note.loaded as Map<string, unknown>).set('isNullObject', text === undefined);
        if (text !== undefined) (note.loaded as Map<string, unknown>).set('content', text);
      }),
      get isNullObject() { return note.loadedValue('isNullObject'); },
      get content() { return note.loadedValue('content'); },
      delete: () => context.enqueue(() => void sheet().notes.delete(cell)),
    };
  }
}

class SheetComments extends Loadable {
  constructor(context: FakeContext, private readonly sheet: () => FakeSheet) {
    super(context);
  }
  add(cell: string, content: string): void {
    this.context.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.comments.some((c) => c.cell === cell)) throw fakeError('InvalidArgument', `a comment exists at ${cell}`);
      sheet.comments.push({ id: this.context.excel.workbook.commentId(), cell, content });
    }, 60 + bytesOf(content));
  }
  load(_props: unknown): this {
    this.context.enqueue(() => {
      const sheet = this.sheet();
      this.loaded.set('items', sheet.comments.map((c) => ({
        id: c.id,
        content: c.content,
        getLocation: () => {
          const location = new Loadable(this.context) as any;
          return {
            load: () => this.context.enqueue(() => (location.loaded as Map<string, unknown>).set('address', `${sheet.name}!${c.cell}`)),
            get address() { return location.loadedValue('address'); },
          };
        },
      })));
    });
    return this;
  }
  get items(): unknown[] {
    return this.loadedValue('items');
  }
}

class WorkbookComments {
  constructor(private readonly context: FakeContext) {}
  getItem(id: string): { delete(): void } {
    return {
      delete: () => this.context.enqueue(() => {
        for (const sheet of this.context.excel.workbook.sheets) {
          const index = sheet.comments.findIndex((c) => c.id === id);
          if (index >= 0) sheet.comments.splice(index, 1);
        }
      }),
    };
  }
}

function valueType(cell: ReturnType<FakeSheet['cell']>): string {
  if (!cell) return 'Empty';
  if (cell.error !== undefined) return 'Error';
  if (cell.value === null) return 'Empty';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

function rows(rect: FakeRect): number[] {
  return Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => rect.top + i);
}

function cols(rect: FakeRect): number[] {
  return Array.from({ length: rect.right - rect.left + 1 }, (_, i) => rect.left + i);
}

function eachCell(rect: FakeRect, visit: (r: number, c: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) visit(r, c);
}

export { FakeWorkbook };
