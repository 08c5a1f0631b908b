/* eslint-disable @typescript-eslint/no-explicit-any */
import { rowShifter } from '../../../core/formula/shift-formula-rows';
import { columnIndex, parseRange, rangeAddress } from '../../../core/grid/a1';
import { fakeError, FakeWorkbook, type FakeRect, type FakeSheet } from './fake-workbook';
import { indexerPath, matrixWriteActions, methodPath, propertyPath, REQUEST_ENVELOPE_BYTES, RESPONSE_ENVELOPE_BYTES, WireRequest, workbookPath, type WireAction, type WirePath } from './office-wire';

/**
 * A recording fake of the Excel JavaScript API, just large enough for the
 * Office host. It keeps Office.js's batch semantics, which are what the tests
 * are about: property writes and method calls are queued; loads are queued
 * and fill the proxy only when `context.sync()` runs the queue, in order;
 * reading a property that was not loaded and synced throws, as Office.js does.
 * It counts syncs and the bytes of every request and response as Office.js
 * serialises them (see `WirePath`); in web mode it refuses either above 5 MB,
 * as Excel on the web does. Desktop Excel has no such limit.
 */

/**
 * Excel on the web's payload limit, "5MB" for requests and for responses (Microsoft,
 * "Resource limits and performance optimization for Office Add-ins"). Read as
 * 5,000,000 bytes, the smaller of the two readings, so the tests are the stricter.
 */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

interface Action {
  readonly bytes: number;
  run(): void;
}

export interface FakeExcelOptions {
  /** Behave as Excel on the web: refuse a request or a response above `WEB_PAYLOAD_LIMIT`. */
  readonly web?: boolean;
}

export class FakeExcel {
  syncs = 0;
  /** UTF-8 size of each sync's request body, `JSON.stringify({ Actions, ObjectPaths })` as Office.js sends it. */
  readonly requestSizes: number[] = [];
  /** UTF-8 size of each sync's response (the loaded values as JSON); 0 for a refused request. */
  readonly responseSizes: number[] = [];
  /** Every property write and call on parts the fake does not model (fonts, borders, page layout…). */
  readonly log: { path: string; value: unknown }[] = [];

  constructor(readonly workbook: FakeWorkbook, readonly options: FakeExcelOptions = {}) {}

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
  /** The request being queued, counted as Office.js would serialise it. */
  readonly wire = new WireRequest();
  readonly root = workbookPath();
  private responseBytes = 0;

  constructor(readonly excel: FakeExcel) {
    this.workbook = { worksheets: new WorksheetCollection(this), comments: new WorkbookComments(this) };
  }

  /** Queues an action; `cost` is what Office.js would send for it (a bare number: bytes, for parts not modelled). */
  enqueue(run: () => void, cost: number | WireAction = 60): void {
    this.queue.push({ bytes: typeof cost === 'number' ? cost : this.wire.actionBytes(cost), run });
  }

  /** Called by a load as it runs: adds its result to the response's size. */
  respond(value: unknown): void {
    this.responseBytes += WireRequest.resultBytes(value);
  }

  async sync(): Promise<void> {
    this.excel.syncs += 1;
    const actions = this.queue.splice(0);
    this.wire.reset();
    const size = actions.length === 0 ? 0 : REQUEST_ENVELOPE_BYTES + actions.reduce((sum, a) => sum + a.bytes, 0);
    this.excel.requestSizes.push(size);
    const web = this.excel.options.web === true;
    if (web && size > WEB_PAYLOAD_LIMIT) {
      this.excel.responseSizes.push(0);
      throw fakeError('RequestPayloadSizeLimitExceeded', `request of ${size} bytes`);
    }
    this.responseBytes = RESPONSE_ENVELOPE_BYTES;
    for (const action of actions) action.run();
    this.excel.responseSizes.push(this.responseBytes);
    // Whether Excel on the web keeps the writes of a batch whose response it then refuses is not
    // documented; the fake keeps them, and the host must never send such a batch.
    if (web && this.responseBytes > WEB_PAYLOAD_LIMIT) throw fakeError('ResponsePayloadSizeLimitExceeded', `response of ${this.responseBytes} bytes`);
  }

  /** Records a write the fake does not model, as `path = value`; `action` is what Office.js would send. */
  record(path: string, value: unknown, action?: WireAction | number): void {
    // A plain copy: arguments such as ranges are logged by their JSON form (`{ range: 'A1:A3' }`).
    const copy = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
    this.enqueue(() => this.excel.log.push({ path, value: copy }), action ?? 60 + bytesOf(value));
  }
}

function bytesOf(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

/**
 * A proxy part the fake does not model: every write and call is recorded in `excel.log`.
 * `wire` is its Office.js object path; a call is a path for `get…` methods (sent when
 * used), a created object for `add`, and a method action otherwise.
 */
function recorder(context: FakeContext, path: string, wire: WirePath): any {
  const target = function () {} as any;
  return new Proxy(target, {
    get: (_t, prop: string | symbol) => (prop === 'then' || typeof prop === 'symbol' ? undefined : recorder(context, `${path}.${prop}`, propertyPath(wire, prop))),
    set: (_t, prop: string, value) => {
      context.record(`${path}.${prop}`, value, { kind: 'set', path: wire, name: prop, args: [value] });
      return true;
    },
    apply: (_t, _this, args) => {
      const owner = wire.parent ?? context.root;
      const result = methodPath(owner, wire.name, args);
      const cost: WireAction | number = wire.name.startsWith('Get') ? 0 : wire.name === 'Add' ? { kind: 'instantiate', path: result } : { kind: 'method', path: owner, name: wire.name, args };
      context.record(`${path}()`, args, cost);
      return recorder(context, `${path}()`, result);
    },
  });
}

/** Base of loadable proxies: values land in `loaded` at sync time; reading before that throws. */
class Loadable {
  protected readonly loaded = new Map<string, unknown>();
  /** `wirePath`: the proxy's Office.js object path, for the request's size. */
  constructor(protected readonly context: FakeContext, readonly wirePath: WirePath = context.root) {}

  protected loadedValue<T>(key: string): T {
    if (!this.loaded.has(key)) throw fakeError('PropertyNotLoaded', `${key} was not loaded (or not synced)`);
    return this.loaded.get(key) as T;
  }
}

class WorksheetCollection extends Loadable {
  constructor(context: FakeContext) {
    super(context, propertyPath(context.root, 'worksheets'));
  }
  load(props: string | string[]): this {
    this.context.enqueue(() => {
      const sheets = this.context.excel.workbook.sheets;
      this.loaded.set('items', sheets.map((sheet) => Worksheet.loadedWith(this.context, sheet, indexerPath(this.wirePath, [sheet.name]))));
      this.context.respond({ Items: sheets.map((sheet) => ({ Name: sheet.name })) });
    }, { kind: 'query', path: this.wirePath, select: typeof props === 'string' ? [props.replace(/^items\//, '')] : props });
    return this;
  }
  get items(): Worksheet[] {
    return this.loadedValue('items');
  }
  getItem(name: string): Worksheet {
    return new Worksheet(this.context, () => this.context.excel.workbook.sheet(name) ?? null, false, name, indexerPath(this.wirePath, [name]));
  }
  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.context, () => this.context.excel.workbook.sheet(name) ?? null, true, name, methodPath(this.wirePath, 'getItemOrNullObject', [name]));
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => this.context.excel.workbook.sheets[this.context.excel.workbook.activeSheet] ?? null, false, '(active)', methodPath(this.wirePath, 'getActiveWorksheet', []));
  }
  add(name: string): Worksheet {
    const path = methodPath(this.wirePath, 'add', [name]);
    this.context.enqueue(() => void this.context.excel.workbook.addSheet(name), { kind: 'instantiate', path });
    return new Worksheet(this.context, () => this.context.excel.workbook.sheet(name) ?? null, false, name, path);
  }
}

class Worksheet extends Loadable {
  readonly protection: any;
  readonly notes: any;
  readonly comments: any;
  readonly freezePanes: any;
  readonly pageLayout: any;

  constructor(context: FakeContext, private readonly resolve: () => FakeSheet | null, private readonly nullable: boolean, private readonly label: string, wirePath: WirePath) {
    super(context, wirePath);
    const sheet = () => this.sheetOrThrow();
    const self = this;
    const protection = propertyPath(wirePath, 'protection');
    this.protection = {
      load: () => this.context.enqueue(() => {
        const s = this.resolve();
        if (s) self.loaded.set('protected', s.protected);
        this.context.respond({ Protected: s?.protected ?? null });
      }, { kind: 'query', path: protection, select: ['protected'] }),
      get protected() { return self.loadedValue('protected'); },
      protect: (options: unknown, password?: string) => this.context.enqueue(() => {
        this.context.excel.log.push({ path: `${this.label}.protection.protect()`, value: [options, password] });
        sheet().protected = true;
      }, { kind: 'method', path: protection, name: 'protect', args: [options, password] }),
    };
    this.notes = new NoteCollection(context, sheet, propertyPath(wirePath, 'notes'));
    this.comments = new SheetComments(context, sheet, propertyPath(wirePath, 'comments'));
    this.freezePanes = recorder(context, `${label}.freezePanes`, propertyPath(wirePath, 'freezePanes'));
    this.pageLayout = recorder(context, `${label}.pageLayout`, propertyPath(wirePath, 'pageLayout'));
  }

  /** An item of a loaded collection: `items/name` was part of the load. */
  static loadedWith(context: FakeContext, sheet: FakeSheet, wirePath: WirePath): Worksheet {
    const item = new Worksheet(context, () => sheet, false, sheet.name, wirePath);
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

  load(props: string | string[]): this {
    this.context.enqueue(() => {
      const sheet = this.nullable ? this.resolve() : this.sheetOrThrow();
      this.loaded.set('isNullObject', sheet === null);
      if (sheet) this.loaded.set('name', sheet.name);
      this.context.respond(sheet ? { Name: sheet.name } : { _IsNull: true });
    }, { kind: 'query', path: this.wirePath, select: [props].flat() });
    return this;
  }
  get name(): string {
    return this.loadedValue('name');
  }
  get isNullObject(): boolean {
    return this.loadedValue('isNullObject');
  }
  delete(): void {
    this.context.enqueue(this.ifPresent((sheet) => this.context.excel.workbook.deleteSheet(sheet.name)), { kind: 'method', path: this.wirePath, name: 'delete', args: [] });
  }
  activate(): void {
    this.context.enqueue(this.ifPresent((sheet) => { this.context.excel.workbook.activeSheet = this.context.excel.workbook.sheets.indexOf(sheet); }), { kind: 'method', path: this.wirePath, name: 'activate', args: [] });
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.context, () => this.sheetOrThrow(), () => rectOf(address), false, methodPath(this.wirePath, 'getRange', [address]));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, () => this.sheetOrThrow(), () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }), false, methodPath(this.wirePath, 'getRangeByIndexes', [row, col, rows, cols]));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const sheet = () => (this.nullable ? this.resolve() : this.sheetOrThrow());
    return new FakeRange(this.context, () => sheet(), () => sheet()?.usedRect() ?? null, true, methodPath(this.wirePath, 'getUsedRangeOrNullObject', [valuesOnly]));
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

  constructor(context: FakeContext, private readonly sheet: () => FakeSheet | null, private readonly rect: () => FakeRect | null, private readonly nullable: boolean, wirePath: WirePath = methodPath(context.root, 'getRange', [])) {
    super(context, wirePath);
    this.label = 'range';
    const self = this;
    const formatPath = propertyPath(wirePath, 'format');
    const fillPath = propertyPath(formatPath, 'fill');
    const fill = {
      set color(color: string) { self.write((cell) => { cell.fill = color; }, { kind: 'set', path: fillPath, name: 'color', args: [color] }); },
      clear: () => self.write((cell) => { cell.fill = null; }, { kind: 'method', path: fillPath, name: 'clear', args: [] }),
      load: () => self.context.enqueue(() => self.capture((sheet, rect) => {
        const fills = new Set<string | null>();
        eachCell(rect, (r, c) => void fills.add(sheet.cell(r, c)?.fill ?? null));
        const only = fills.size === 1 ? [...fills][0] : null;
        self.loaded.set('fill.color', fills.size === 1 ? (only ?? '#FFFFFF') : null);
        self.context.respond({ Color: self.loaded.get('fill.color') });
      }), { kind: 'query', path: fillPath, select: ['color'] }),
      get color() { return self.loadedValue('fill.color'); },
    };
    this.format = new Proxy(recorder(context, 'range.format', formatPath), {
      get: (target, prop: string) => (prop === 'fill' ? fill : target[prop]),
    });
    this.dataValidation = recorder(context, 'range.dataValidation', propertyPath(wirePath, 'dataValidation'));
    this.conditionalFormats = recorder(context, 'range.conditionalFormats', propertyPath(wirePath, 'conditionalFormats'));
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
    else this.context.respond({ _IsNull: true });
  }

  private write(change: (cell: ReturnType<FakeSheet['ensure']>, r: number, c: number) => void, action: WireAction): void {
    this.context.enqueue(() => {
      const found = this.resolved();
      if (!found) return;
      eachCell(found.rect, (r, c) => change(found.sheet.ensure(r, c), r, c));
    }, action);
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
      this.context.respond(Object.fromEntries(wanted.map((prop) => [prop, this.loaded.get(prop)])));
    }), { kind: 'query', path: this.wirePath, select: wanted });
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
    }, 'formulas');
  }
  set values(matrix: any[][]) {
    this.formulas = matrix;
  }
  set numberFormat(matrix: any[][]) {
    this.writeMatrix(matrix, (cell, entry) => { cell.numberFormat = String(entry); }, 'numberFormat');
  }
  set hyperlink(link: unknown) {
    this.context.record('range.hyperlink', link, { kind: 'set', path: this.wirePath, name: 'hyperlink', args: [link] });
  }

  private writeMatrix(matrix: any[][], apply: (cell: ReturnType<FakeSheet['ensure']>, entry: unknown) => void, name = 'values'): void {
    this.context.enqueue(() => {
      const found = this.resolved();
      if (!found) return;
      const { rect } = found;
      if (matrix.length !== rect.bottom - rect.top + 1 || matrix.some((row) => row.length !== rect.right - rect.left + 1)) {
        throw fakeError('InvalidArgument', 'matrix does not match the range');
      }
      matrix.forEach((row, r) => row.forEach((entry, c) => apply(found.sheet.ensure(rect.top + r, rect.left + c), entry)));
    }, matrixWriteActions(this.wirePath, name, matrix).reduce((bytes, action) => bytes + this.context.wire.actionBytes(action), 0));
  }

  /**
   * `copyFrom(source, 'Formulas')` as a fill down uses it: the source's rows repeated over
   * this range, values copied, formulas moved by their rows' distance, formats kept. The
   * fake models only that: the same columns, whole repeats of the source, `Formulas`.
   */
  copyFrom(source: FakeRange, copyType: string): void {
    const bytes = this.context.wire.actionBytes({ kind: 'instantiate', path: source.wirePath })
      + this.context.wire.actionBytes({ kind: 'method', path: this.wirePath, name: 'copyFrom', args: [source, copyType] });
    this.context.enqueue(() => {
      const to = this.resolved();
      const from = source.resolved();
      if (!to || !from) return;
      const [a, b] = [from.rect, to.rect];
      const height = a.bottom - a.top + 1;
      if (copyType !== 'Formulas' || a.left !== b.left || a.right !== b.right || (b.bottom - b.top + 1) % height !== 0) {
        throw fakeError('InvalidArgument', `the fake copies only whole rows of formulas in the same columns, not ${rangeAddress(a)} → ${rangeAddress(b)} (${copyType})`);
      }
      // Read the whole source first: the destination may overlap it.
      const cells = rows(a).map((r) => cols(a).map((c) => {
        const cell = from.sheet.cell(r, c);
        return { value: cell?.value ?? null, error: cell?.error, move: cell?.formula === undefined ? undefined : rowShifter(cell.formula) };
      }));
      eachCell(b, (r, c) => {
        const cell = to.sheet.ensure(r, c);
        const origin = cells[(r - b.top) % height][c - a.left];
        cell.formula = origin.move?.(r - (a.top + ((r - b.top) % height)));
        cell.value = origin.value;
        cell.error = origin.error;
      });
    }, bytes);
  }

  /** A range passed as an argument (`freezePanes.freezeAt(range)`) is recorded by its address. */
  toJSON(): { range: string } {
    const rect = this.rect();
    return { range: rect ? rangeAddress(rect) : '(null)' };
  }

  getCellProperties(options: unknown): { value: any } {
    const result = new Loadable(this.context) as any;
    this.context.enqueue(() => this.capture((sheet, rect) => {
      (result.loaded as Map<string, unknown>).set('value', rows(rect).map((r) => cols(rect).map((c) => {
        const fill = sheet.cell(r, c)?.fill ?? null;
        return { format: { fill: fill === null ? { color: '#FFFFFF', pattern: 'None' } : { color: fill, pattern: 'Solid' } } };
      })));
      this.context.respond(result.loaded.get('value'));
    }), { kind: 'method', path: this.wirePath, name: 'getCellProperties', args: [options] });
    return { get value() { return result.loadedValue('value'); } };
  }

  getMergedAreasOrNullObject(): any {
    const self = this;
    const areas = new Loadable(this.context) as any;
    const areasPath = propertyPath(methodPath(this.wirePath, 'getMergedAreasOrNullObject', []), 'areas');
    const result = {
      areas: {
        load: (props: string | string[]) => self.context.enqueue(() => {
          // The merged areas of a null range are a null object too.
          (areas.loaded as Map<string, unknown>).set('isNullObject', true);
          self.capture((sheet, rect) => {
            const inside = sheet.merges.filter((m) => m.top >= rect.top && m.bottom <= rect.bottom && m.left >= rect.left && m.right <= rect.right);
            (areas.loaded as Map<string, unknown>).set('items', inside.map((m) => ({ rowIndex: m.top, columnIndex: m.left, rowCount: m.bottom - m.top + 1, columnCount: m.right - m.left + 1 })));
            (areas.loaded as Map<string, unknown>).set('isNullObject', inside.length === 0);
            self.context.respond({ Items: areas.loaded.get('items') });
          });
        }, { kind: 'query', path: areasPath, select: [props].flat() }),
        get items() { return areas.loadedValue('items'); },
      },
      get isNullObject() { return areas.loadedValue('isNullObject'); },
    };
    return result;
  }

  /**
   * `getSpecialCellsOrNullObject('Constants' | 'Formulas', 'Errors' | 'Numbers' | …)`: the matching
   * cells of the range, one area per run along a row; a null object when there are none.
   */
  getSpecialCellsOrNullObject(cellType: string, valueType = 'All'): any {
    const self = this;
    const result = new Loadable(this.context) as any;
    const loaded = result.loaded as Map<string, unknown>;
    const areasPath = propertyPath(methodPath(this.wirePath, 'getSpecialCellsOrNullObject', [cellType, valueType]), 'areas');
    return {
      areas: {
        load: (props: string | string[]) => self.context.enqueue(() => {
          loaded.set('isNullObject', true);
          self.capture((sheet, rect) => {
            const items: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[] = [];
            for (let r = rect.top; r <= rect.bottom; r++) {
              for (let c = rect.left; c <= rect.right; c++) {
                if (!isSpecialCell(sheet.cell(r, c), cellType, valueType)) continue;
                const last = items[items.length - 1];
                if (last && last.rowIndex === r && last.columnIndex + last.columnCount === c) last.columnCount += 1;
                else items.push({ rowIndex: r, columnIndex: c, rowCount: 1, columnCount: 1 });
              }
            }
            loaded.set('items', items);
            loaded.set('isNullObject', items.length === 0);
            self.context.respond(items.length === 0 ? { _IsNull: true } : { Items: items });
          });
        }, { kind: 'query', path: areasPath, select: [props].flat() }),
        get items() { return result.loadedValue('items'); },
      },
      get isNullObject() { return result.loadedValue('isNullObject'); },
    };
  }

  merge(across?: boolean): void {
    this.context.enqueue(() => {
      const found = this.resolved();
      if (found) found.sheet.merges.push(found.rect);
    }, { kind: 'method', path: this.wirePath, name: 'merge', args: [across] });
  }

  select(): void {
    this.context.enqueue(() => {
      const found = this.resolved();
      if (found) this.context.excel.workbook.selection = { sheet: found.sheet.name, address: rangeAddress(found.rect) };
    }, { kind: 'method', path: this.wirePath, name: 'select', args: [] });
  }
}

class NoteCollection {
  constructor(private readonly context: FakeContext, private readonly sheet: () => FakeSheet, private readonly wirePath: WirePath) {}
  add(cell: string, content: string): void {
    // `notes.add` returns the new Note: an object path Office.js instantiates at once.
    this.context.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.notes.has(cell)) throw fakeError('InvalidArgument', `a note exists at ${cell}`);
      sheet.notes.set(cell, content);
    }, { kind: 'instantiate', path: methodPath(this.wirePath, 'add', [cell, content]) });
  }
  getItemOrNullObject(cell: string): any {
    const note = new Loadable(this.context) as any;
    const context = this.context;
    const sheet = this.sheet;
    const path = methodPath(this.wirePath, 'getItemOrNullObject', [cell]);
    return {
      load: (props: string | string[]) => context.enqueue(() => {
        const text = sheet().notes.get(cell);
        (note.loaded as Map<string, unknown>).set('isNullObject', text === undefined);
        if (text !== undefined) (note.loaded as Map<string, unknown>).set('content', text);
        context.respond(text === undefined ? { _IsNull: true } : { Content: text });
      }, { kind: 'query', path, select: [props].flat() }),
      get isNullObject() { return note.loadedValue('isNullObject'); },
      get content() { return note.loadedValue('content'); },
      delete: () => context.enqueue(() => void sheet().notes.delete(cell), { kind: 'method', path, name: 'delete', args: [] }),
    };
  }
}

class SheetComments extends Loadable {
  constructor(context: FakeContext, private readonly sheet: () => FakeSheet, wirePath: WirePath) {
    super(context, wirePath);
  }
  add(cell: string, content: string): void {
    this.context.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.comments.some((c) => c.cell === cell)) throw fakeError('InvalidArgument', `a comment exists at ${cell}`);
      sheet.comments.push({ id: this.context.excel.workbook.commentId(), cell, content });
    }, { kind: 'instantiate', path: methodPath(this.wirePath, 'add', [cell, content, null]) });
  }
  load(props: string | string[]): this {
    this.context.enqueue(() => {
      const sheet = this.sheet();
      this.loaded.set('items', sheet.comments.map((c, i) => ({
        id: c.id,
        content: c.content,
        getLocation: () => {
          const location = new Loadable(this.context) as any;
          const path = methodPath(indexerPath(this.wirePath, [i]), 'getLocation', []);
          return {
            load: (locationProps: string | string[]) => this.context.enqueue(() => {
              (location.loaded as Map<string, unknown>).set('address', `${sheet.name}!${c.cell}`);
              this.context.respond({ Address: location.loaded.get('address') });
            }, { kind: 'query', path, select: [locationProps].flat() }),
            get address() { return location.loadedValue('address'); },
          };
        },
      })));
      this.context.respond({ Items: sheet.comments.map((c) => ({ Id: c.id, Content: c.content })) });
    }, { kind: 'query', path: this.wirePath, select: [props].flat() });
    return this;
  }
  get items(): unknown[] {
    return this.loadedValue('items');
  }
}

class WorkbookComments {
  constructor(private readonly context: FakeContext) {}
  getItem(id: string): { delete(): void } {
    const path = methodPath(propertyPath(this.context.root, 'comments'), 'getItem', [id]);
    return {
      delete: () => this.context.enqueue(() => {
        for (const sheet of this.context.excel.workbook.sheets) {
          const index = sheet.comments.findIndex((c) => c.id === id);
          if (index >= 0) sheet.comments.splice(index, 1);
        }
      }, { kind: 'method', path, name: 'delete', args: [] }),
    };
  }
}

/** Whether a cell is one `getSpecialCells(cellType, valueType)` finds: `Constants`/`Formulas`, and `Errors`, `Numbers`, `Text`, `Logical` or `All` (or a combination, `ErrorsNumbers`). */
function isSpecialCell(cell: ReturnType<FakeSheet['cell']>, cellType: string, wanted: string): boolean {
  if (!cell || (cell.value === null && cell.formula === undefined && cell.error === undefined)) return false;
  if ((cellType === 'Formulas') !== (cell.formula !== undefined)) return false;
  if (wanted === 'All') return true;
  const type = valueType(cell);
  return (type === 'Error' && wanted.includes('Errors')) || (type === 'Double' && wanted.includes('Numbers'))
    || (type === 'String' && wanted.includes('Text')) || (type === 'Boolean' && wanted.includes('Logical'));
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
