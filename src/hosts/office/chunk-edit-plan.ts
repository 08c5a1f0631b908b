import { blockRange } from '../../core/edit-plan/block-range';
import type { CellFormat, CellInput, EditOp, EditPlan } from '../../core/edit-plan/edit-plan';
import { fillDownRange, fillDownTarget } from '../../core/edit-plan/fill-down';
import { cellAddress, parseCellAddress, parseRange, rangeAddress } from '../../core/grid/a1';
import type { CellRange } from '../../core/grid/grid';
import { formulaEntry } from './_lib/office-values';
import { actionBytes, BATCH_OVERHEAD_BYTES, jsonBytes, matrixWriteBytes, pathBytes, queryBytes, rangeBytes, sheetBytes } from './_lib/wire-cost';

export { utf8Length } from './_lib/wire-cost';

/**
 * Excel on the web refuses a request or a response above 5 MB ("RequestPayloadSizeLimitExceeded",
 * "ResponsePayloadSizeLimitExceeded"; Microsoft, "Resource limits and performance optimization for
 * Office Add-ins"); desktop Excel has no such limit. "5MB" is read as 5,000,000 bytes, the smaller reading.
 */
export const WEB_PAYLOAD_LIMIT_BYTES = 5_000_000;

/**
 * What a batch aims at on the web: the limit less a 10 % margin. Over the bench's
 * commands (up to 100,000 rows) and the test fixtures, `estimateOpBytes` is never
 * below what the recording fake counts, and the fake is within 1 % of Office.js's
 * own serialiser; the margin covers plans unlike those (long formulas, odd ops).
 */
export const BATCH_TARGET_BYTES = 4_500_000;

/** `getCellProperties` options of an undo snapshot's fills (see `queueSnapshot`). */
const FILL_PROPERTIES = { format: { fill: { color: true, pattern: true } } };
/** One cell of a `getCellProperties` result: `{"format":{"fill":{"color":"#FFFFFF","pattern":"None"}}},`. */
const FILL_RESULT_BYTES = 58;
/** A result's `{"ActionId":…,"Value":{"Formulas":…}}`. */
const RESULT_BYTES = 40;

/**
 * Bytes an op adds to an Office.js request, as `queueEditOp` queues it: the proxies
 * it addresses (every op gets its sheet and range afresh) and the actions with their
 * JSON arguments. Matches the recording fake within a few per cent, never below it
 * on the bench's plans (see chunk-edit-plan.test.ts).
 */
export function estimateOpBytes(op: EditOp): number {
  switch (op.op) {
    case 'setValues':
      return setValuesBytes(op.sheet, op.at, op.values);
    case 'format':
      return formatBytes(op.sheet, op.range, op.format);
    case 'note':
      // `notes.getItemOrNullObject(cell).delete()`, then `notes.add(cell, text)` (or the comments fallback, no larger).
      return sheetBytes(op.sheet) + pathBytes('Notes') + pathBytes('GetItemOrNullObject', [op.cell]) + actionBytes('Delete', [])
        + (op.text === null ? 0 : pathBytes('Add', [op.cell, op.text, null]));
    case 'addSheet':
      return (op.replace ? pathBytes('GetItemOrNullObject', [op.sheet]) + actionBytes('Delete', []) : 0) + pathBytes('Add', [op.sheet]) + (op.activate ? actionBytes('Activate', []) : 0);
    case 'deleteSheet':
      return pathBytes('GetItemOrNullObject', [op.sheet]) + actionBytes('Delete', []);
    case 'merge':
      return rangeBytes(op.sheet, op.range) + actionBytes('Merge', [false]);
    case 'columnWidth':
      return rangeBytes(op.sheet, `${op.column}:${op.column}`) + pathBytes('Format') + actionBytes('ColumnWidth', [op.width * 10]);
    case 'fillDown':
      // `getRange(rows).copyFrom(getRange(source), 'Formulas')`: two ranges and a call, however many rows.
      return rangeBytes(op.sheet, fillDownRange(op)) + pathBytes('GetRange', [op.source]) + actionBytes('CopyFrom', [{ range: op.source }, 'Formulas']);
    case 'rowHeight':
      return rangeBytes(op.sheet, `${op.row}:${op.toRow ?? op.row}`) + pathBytes('Format') + actionBytes('RowHeight', [op.height]);
    case 'validation':
      // `dataValidation.clear()`, the rule, the prompt and the stop alert.
      return rangeBytes(op.sheet, op.range) + pathBytes('DataValidation') + 4 * actionBytes('ErrorAlert', []) + 2 * jsonBytes(op.rule);
    case 'conditionalFormat':
      // `conditionalFormats.add(type)`, its rule and its format's fill and font.
      return rangeBytes(op.sheet, op.range) + 7 * pathBytes('ConditionalFormats', ['Custom']) + 5 * actionBytes('Formula', []) + 2 * jsonBytes(op.rule);
    case 'pageSetup':
      return sheetBytes(op.sheet) + 4 * pathBytes('HeadersFooters') + 14 * actionBytes('Orientation', []) + 2 * jsonBytes(op.setup)
        + (op.setup.rowBreaks?.length ?? 0) * (pathBytes('GetRange', ['A1048576']) + actionBytes('AddAsManual', []));
    case 'freeze':
      return sheetBytes(op.sheet) + pathBytes('FreezePanes') + pathBytes('GetRangeByIndexes', [0, 0, op.rows, op.columns]) + actionBytes('FreezeAt', [0]);
    case 'protect':
      return sheetBytes(op.sheet) + pathBytes('Protection') + actionBytes('Protect', [{ allowFormatColumns: true, allowFormatRows: true }, op.password ?? null]);
    default:
      // An op this estimate does not know yet: a dozen proxies and writes, its fields thrice.
      return sheetBytes((op as { sheet: string }).sheet) + 12 * pathBytes('PageLayout', [0]) + 3 * jsonBytes(op);
  }
}

/**
 * What the undo snapshot of an op adds to the batch (`queueSnapshot`, queued before
 * the writes): the loads in the request, and their results in the response. The
 * response's size depends on what the cells hold before the op: empty cells when
 * `emptyBefore` (a sheet an earlier batch of the plan added), else `contentBytes`
 * when the host knows the sheet, else the op's own values, half as much again (a
 * re-run overwrites what the last run wrote; a fix replaces a cell with a shorter one). A sheet
 * the op replaces or deletes is read whole: its response is not counted here.
 */
export function estimateSnapshotBytes(op: EditOp, emptyBefore = false, contentBytes?: ContentBytes): PayloadBytes {
  switch (op.op) {
    case 'setValues': {
      const range = blockRange(op.at, op.values);
      const cells = rangeCells(range);
      // What was there may be longer than what replaces it (a contact cell split in two): half as much again.
      const before = emptyBefore ? 3 * cells + 2 * op.values.length : contentBytes?.(op.sheet, parseRange(range)) ?? 1.5 * Math.max(3 * cells, formulaMatrixBytes(op.values));
      return { request: rangeBytes(op.sheet, range) + queryBytes(['formulas']), response: RESULT_BYTES + before };
    }
    case 'fillDown': {
      // The rows it fills, read as formulas; contents not known are guessed at 64 bytes a cell (a formula of about 60 characters).
      const target = fillDownTarget(op);
      const cells = (target.bottom - target.top + 1) * (target.right - target.left + 1);
      const before = emptyBefore ? 3 * cells + 2 * (target.bottom - target.top + 1) : contentBytes?.(op.sheet, target) ?? 64 * cells;
      return { request: rangeBytes(op.sheet, fillDownRange(op)) + queryBytes(['formulas']), response: RESULT_BYTES + before };
    }
    case 'format': {
      const fills = op.format.fill !== undefined;
      const formats = op.format.numberFormat !== undefined;
      if (!fills && !formats) return NOTHING;
      const cells = rangeCells(op.range);
      return {
        request: rangeBytes(op.sheet, op.range) + (fills ? actionBytes('GetCellProperties', [FILL_PROPERTIES]) : 0) + (formats ? queryBytes(['numberFormat']) : 0),
        response: (fills ? RESULT_BYTES + cells * FILL_RESULT_BYTES : 0) + (formats ? RESULT_BYTES + cells * 12 : 0),
      };
    }
    case 'note':
      return {
        request: sheetBytes(op.sheet) + pathBytes('Notes') + pathBytes('GetItemOrNullObject', [op.cell]) + queryBytes(['content']),
        response: RESULT_BYTES + (emptyBefore ? 15 : jsonBytes(op.text ?? '')),
      };
    case 'addSheet':
    case 'deleteSheet':
      // Whether the sheet exists, and its used range: only the answers for a missing or empty sheet are counted.
      return { request: sheetBytes(op.sheet) + 6 * pathBytes('GetUsedRangeOrNullObject', [true]) + 3 * queryBytes(['formulas', 'numberFormat', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']), response: 5 * RESULT_BYTES };
    default:
      return NOTHING;
  }
}

/** What a batch of ops costs, request (with the batch's own overhead) and response; `addedBefore`: sheets earlier batches of the plan added. */
export function estimateBatchBytes(ops: readonly EditOp[], withUndo = false, addedBefore: ReadonlySet<string> = new Set(), contentBytes?: ContentBytes): PayloadBytes {
  const sheets = new AddedSheets(addedBefore, contentBytes);
  let request = BATCH_OVERHEAD_BYTES;
  let response = 0;
  for (const op of ops) {
    const snapshot = withUndo ? sheets.snapshotCost(op) : NOTHING;
    request += estimateOpBytes(op) + snapshot.request;
    response += snapshot.response;
  }
  return { request, response };
}

/** The JSON size of what a block of a sheet holds now, as its `formulas` would come back; undefined when unknown. */
export type ContentBytes = (sheet: string, range: CellRange) => number | undefined;

export interface ChunkOptions {
  /** Bytes a batch may reach, request and response alike (default `BATCH_TARGET_BYTES`). */
  readonly target?: number;
  /** Count the undo snapshot's loads too (`applyEditPlanWithUndo` queues them in the same batch). */
  readonly withUndo?: boolean;
  /** What the cells a plan overwrites hold now, for the size of the undo snapshot's response. */
  readonly contentBytes?: ContentBytes;
}

/**
 * Splits a plan into batches whose request and response each stay under the target, in
 * order; for Excel on the web only (desktop Excel takes any plan in one batch). A block
 * of values, or a number format over many rows, too big for what is left of a batch is
 * cut into row slices that fill it, so the count stays near ⌈bytes / target⌉.
 */
export function chunkEditPlan(plan: EditPlan, options: ChunkOptions = {}): EditOp[][] {
  const target = options.target ?? BATCH_TARGET_BYTES;
  const sheets = new AddedSheets(new Set(), options.contentBytes);
  const cost = (op: EditOp): PayloadBytes => {
    const snapshot = options.withUndo ? sheets.snapshotCost(op, false) : NOTHING;
    return { request: estimateOpBytes(op) + snapshot.request, response: snapshot.response };
  };
  const chunks: EditOp[][] = [];
  let current: EditOp[] = [];
  let used: PayloadBytes = { request: BATCH_OVERHEAD_BYTES, response: 0 };
  const fits = (c: PayloadBytes) => used.request + c.request <= target && used.response + c.response <= target;
  const close = () => {
    if (current.length > 0) chunks.push(current);
    current = [];
    used = { request: BATCH_OVERHEAD_BYTES, response: 0 };
    sheets.nextBatch();
  };
  const add = (op: EditOp, c: PayloadBytes) => {
    current.push(op);
    used = { request: used.request + c.request, response: used.response + c.response };
    if (options.withUndo) sheets.snapshotCost(op);
  };
  for (const op of plan.ops) {
    const c = cost(op);
    if (fits(c)) {
      add(op, c);
      continue;
    }
    if (!isSliceable(op)) {
      // One op is never split across batches unless it is rows of something.
      close();
      add(op, cost(op));
      continue;
    }
    // Too big for what is left: the first slice fills this batch, the next ones whole batches.
    let rest: EditOp | undefined = op;
    while (rest) {
      const room = { request: target - used.request, response: target - used.response };
      const [head, tail]: [EditOp | undefined, EditOp | undefined] = sliceToFit(rest, room, cost, current.length === 0);
      if (head) add(head, cost(head));
      if (tail) close();
      rest = tail;
    }
  }
  close();
  return chunks;
}

const NOTHING: PayloadBytes = { request: 0, response: 0 };

/**
 * The sheets a plan adds, batch by batch. The host snapshots each batch on its own:
 * writes to a sheet added earlier in the same batch need no snapshot (undo deletes the
 * sheet), while a later batch snapshots them as writes to a sheet that exists, empty.
 */
class AddedSheets {
  private here = new Set<string>();
  private readonly before: Set<string>;

  constructor(before: ReadonlySet<string> = new Set(), private readonly contentBytes?: ContentBytes) {
    this.before = new Set(before);
  }

  /** The snapshot cost of `op` in the current batch; with `record`, the op is then part of the batch. */
  snapshotCost(op: EditOp, record = true): PayloadBytes {
    const sheetOp = op.op === 'addSheet' || op.op === 'deleteSheet';
    const cost = this.here.has(op.sheet) ? NOTHING : estimateSnapshotBytes(op, !sheetOp && this.before.has(op.sheet), this.contentBytes);
    if (record && op.op === 'addSheet') this.here.add(op.sheet);
    if (record && op.op === 'deleteSheet') this.here.delete(op.sheet);
    return cost;
  }

  nextBatch(): void {
    for (const sheet of this.here) this.before.add(sheet);
    this.here = new Set();
  }
}

/** Bytes of a request, and of its response. */
export interface PayloadBytes {
  readonly request: number;
  readonly response: number;
}

type Sliceable = Extract<EditOp, { op: 'setValues' }> | Extract<EditOp, { op: 'format' }>;

/** Blocks of values, and number formats (a matrix the size of the range) over finite rows. */
function isSliceable(op: EditOp): op is Sliceable {
  if (op.op === 'setValues') return op.values.length > 1;
  if (op.op !== 'format' || op.format.numberFormat === undefined) return false;
  const range = parseRange(op.range);
  return range.bottom > range.top && range.bottom < 1_048_575;
}

/**
 * The longest leading slice of rows that fits `room`, and the rest: a first guess from
 * the op's bytes per row, checked whole and shortened while it does not fit. With
 * `mustTake` one row goes even if it does not fit (a batch never stays empty).
 */
function sliceToFit(op: EditOp, room: PayloadBytes, cost: (op: EditOp) => PayloadBytes, mustTake: boolean): [EditOp | undefined, EditOp | undefined] {
  if (!isSliceable(op)) return [op, undefined];
  const rows = op.op === 'setValues' ? op.values.length : parseRange(op.range).bottom - parseRange(op.range).top + 1;
  const whole = cost(op);
  const perRow = { request: whole.request / rows, response: whole.response / rows };
  let count = Math.min(rows, Math.floor(Math.min(room.request / perRow.request, perRow.response > 0 ? room.response / perRow.response : Infinity)));
  while (count > 0) {
    const head = sliceRows(op, 0, count);
    const c = cost(head);
    if (c.request <= room.request && c.response <= room.response) break;
    count = Math.floor(count * 0.95);
  }
  if (count <= 0 && mustTake) count = 1;
  if (count <= 0) return [undefined, op];
  if (count >= rows) return [op, undefined];
  return [sliceRows(op, 0, count), sliceRows(op, count, rows)];
}

/** Rows `from` to `to` (exclusive) of a block of values, or of a formatted range, in place. */
function sliceRows(op: Sliceable, from: number, to: number): Sliceable {
  if (op.op === 'setValues') {
    const start = parseCellAddress(op.at);
    return { ...op, at: cellAddress(start.row + from, start.col), values: op.values.slice(from, to) };
  }
  const range = parseRange(op.range);
  return { ...op, range: rangeAddress({ ...range, top: range.top + from, bottom: range.top + to - 1 }) };
}

function setValuesBytes(sheet: string, at: string, values: readonly (readonly CellInput[])[]): number {
  const width = Math.max(0, ...values.map((row) => row.length));
  if (width === 0) return 0;
  const start = parseCellAddress(at);
  let bytes = sheetBytes(sheet);
  if (values.every((row) => row.length === width)) {
    bytes += pathBytes('GetRange', [blockRange(at, values)]) + matrixWriteBytes('Formulas', values.length, width, formulaMatrixBytes(values));
  } else {
    values.forEach((row, r) => {
      if (row.length > 0) bytes += pathBytes('GetRange', [blockRange(cellAddress(start.row + r, start.col), [row])]) + matrixWriteBytes('Formulas', 1, row.length, formulaMatrixBytes([row]));
    });
  }
  // Dates get a number format, hyperlinks a `range.hyperlink`, cell by cell: the text goes twice.
  values.forEach((row, r) => row.forEach((input, c) => {
    const cell = () => pathBytes('GetRange', [cellAddress(start.row + r, start.col + c)]);
    if (input instanceof Date) bytes += cell() + actionBytes('NumberFormat', [[['yyyy-mm-dd']]]);
    else if (input !== null && typeof input === 'object' && 'hyperlink' in input) {
      bytes += cell() + actionBytes('Hyperlink', [{ documentReference: input.hyperlink, textToDisplay: input.text }]);
    }
  }));
  return bytes;
}

function formatBytes(sheet: string, address: string, format: CellFormat): number {
  const range = parseRange(address);
  const rows = range.bottom - range.top + 1;
  const cols = range.right - range.left + 1;
  let bytes = rangeBytes(sheet, address) + pathBytes('Format');
  if (format.font) bytes += pathBytes('Font') + Object.entries(format.font).reduce((sum, [key, value]) => sum + actionBytes(key, [value]), 0);
  if (format.fill !== undefined) bytes += pathBytes('Fill') + (format.fill === null ? actionBytes('Clear', []) : actionBytes('Color', [format.fill]));
  if (format.horizontal) bytes += actionBytes('HorizontalAlignment', ['Justify']);
  if (format.vertical) bytes += actionBytes('VerticalAlignment', ['Bottom']);
  if (format.wrap !== undefined) bytes += actionBytes('WrapText', [format.wrap]);
  if (format.numberFormat !== undefined) {
    // A matrix the size of the range: `[["@","@"],["@","@"]]`.
    const matrix = rows * (cols * (jsonBytes(format.numberFormat) + 1) + 1) + 1;
    bytes += matrixWriteBytes('NumberFormat', rows, cols, matrix);
  }
  if (format.border) {
    const edges = 4 + (rows > 1 ? 1 : 0) + (cols > 1 ? 1 : 0);
    bytes += pathBytes('Borders') + edges * (pathBytes('GetItem', ['InsideHorizontal']) + actionBytes('Style', ['Continuous']) + actionBytes('Weight', ['Medium']));
  }
  if (format.locked !== undefined) bytes += pathBytes('Protection') + actionBytes('Locked', [format.locked]);
  return bytes;
}

/** The JSON of the `formulas` matrix the host writes for these values. */
function formulaMatrixBytes(values: readonly (readonly CellInput[])[]): number {
  let bytes = 2;
  for (const row of values) bytes += jsonBytes(row.map(formulaEntry)) + 1;
  return bytes;
}

function rangeCells(address: string): number {
  const range = parseRange(address);
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}
