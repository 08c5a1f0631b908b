import { blockRange } from '../../core/edit-plan/block-range';
import type { CellFormat, CellInput, EditOp } from '../../core/edit-plan/edit-plan';
import { fillDownRange, fillDownTarget } from '../../core/edit-plan/fill-down';
import { cellAddress, parseCellAddress, parseRange } from '../../core/grid/a1';
import type { CellRange } from '../../core/grid/grid';
import { formulaEntry } from './_lib/office-values';
import { actionBytes, BATCH_OVERHEAD_BYTES, jsonBytes, matrixWriteBytes, pathBytes, queryBytes, rangeBytes, sheetBytes } from './_lib/wire-cost';

/**
 * What an edit plan costs on the wire before it is sent: the bytes of each op's request as
 * `queueEditOp` queues it, of the undo snapshot's loads and of their response, per batch.
 * `chunkEditPlan` cuts plans by these figures; tests hold them at or above what Office.js sends.
 */
/** `getCellProperties` options of an undo snapshot's fills (see `queueSnapshot`). */
const FILL_PROPERTIES = { format: { fill: { color: true, pattern: true } } };
/** One cell of a `getCellProperties` result: `{"format":{"fill":{"color":"#FFFFFF","pattern":"None"}}},`. */
export const FILL_RESULT_BYTES = 58;
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
 * the op replaces or deletes is read whole: its response is `wholeSheet`'s, when known.
 */
export function estimateSnapshotBytes(op: EditOp, emptyBefore = false, contentBytes?: ContentBytes, wholeSheet?: SheetSnapshotBytes): PayloadBytes {
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
      // Whether the sheet exists, and its used range (nothing when the host read it before the batch, or does not know it).
      return {
        request: sheetBytes(op.sheet) + 6 * pathBytes('GetUsedRangeOrNullObject', [true]) + 3 * queryBytes(['formulas', 'numberFormat', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']),
        response: 5 * RESULT_BYTES + (wholeSheet?.(op.sheet) ?? 0),
      };
    default:
      return NOTHING;
  }
}

/** What a batch of ops costs, request (with the batch's own overhead) and response; `addedBefore`: sheets earlier batches of the plan added. */
export function estimateBatchBytes(ops: readonly EditOp[], withUndo = false, addedBefore: ReadonlySet<string> = new Set(), contentBytes?: ContentBytes): PayloadBytes {
  const sheets = new AddedSheets(addedBefore, contentBytes);
  const lookups = new BatchLookups();
  let request = BATCH_OVERHEAD_BYTES;
  let response = 0;
  for (const op of ops) {
    const snapshot = withUndo ? sheets.snapshotCost(op) : NOTHING;
    request += estimateOpBytes(op) - lookups.saving(op) + snapshot.request;
    response += snapshot.response;
  }
  return { request, response };
}

/**
 * The ops of a batch share its worksheet proxies (`BatchSheets`, `_lib/batch-sheets.ts`): an op on a
 * sheet already looked up in the batch does not send the lookup again, nor a note op the sheet's
 * notes collection. `estimateOpBytes` prices each op alone; this tracks a batch and says what an op saves.
 */
export class BatchLookups {
  private readonly sheets = new Set<string>();
  private readonly notes = new Set<string>();

  /** Bytes `op` saves over `estimateOpBytes` in this batch; with `record`, the op is then part of the batch. */
  saving(op: EditOp, record = true): number {
    if (op.op === 'addSheet' || op.op === 'deleteSheet') {
      // A replaced or deleted sheet is a new object: ops after it look it up (or use the added proxy) afresh.
      if (record) {
        this.notes.delete(op.sheet);
        if (op.op === 'addSheet') this.sheets.add(op.sheet);
        else this.sheets.delete(op.sheet);
      }
      return 0;
    }
    let saved = this.sheets.has(op.sheet) ? sheetBytes(op.sheet) : 0;
    if (op.op === 'note' && this.notes.has(op.sheet)) saved += pathBytes('Notes');
    if (record) {
      this.sheets.add(op.sheet);
      if (op.op === 'note') this.notes.add(op.sheet);
    }
    return saved;
  }
}

/** The JSON size of what a block of a sheet holds now, as its `formulas` would come back; undefined when unknown. */
export type ContentBytes = (sheet: string, range: CellRange) => number | undefined;

/**
 * What the undo snapshot of a whole sheet (one a plan replaces or deletes) takes in the
 * response when it is read in the batch: its used range's formulas, number formats, fills
 * and merged areas as the last read saw them; 0 when the host reads it before the batches
 * (`readSheetSnapshots`); undefined when unknown.
 */
export type SheetSnapshotBytes = (sheet: string) => number | undefined;

/** Bytes of a request, and of its response. */
export interface PayloadBytes {
  readonly request: number;
  readonly response: number;
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

export const NOTHING: PayloadBytes = { request: 0, response: 0 };

/**
 * The sheets a plan adds, batch by batch. The host snapshots each batch on its own:
 * writes to a sheet added earlier in the same batch need no snapshot (undo deletes the
 * sheet), while a later batch snapshots them as writes to a sheet that exists, empty.
 */
export class AddedSheets {
  private here = new Set<string>();
  private readonly before: Set<string>;

  constructor(before: ReadonlySet<string> = new Set(), private readonly contentBytes?: ContentBytes, private readonly wholeSheet?: SheetSnapshotBytes) {
    this.before = new Set(before);
  }

  /** The snapshot cost of `op` in the current batch; with `record`, the op is then part of the batch. */
  snapshotCost(op: EditOp, record = true): PayloadBytes {
    const sheetOp = op.op === 'addSheet' || op.op === 'deleteSheet';
    // A sheet an earlier batch added holds what the plan wrote, not what the last read saw.
    const wholeSheet = this.before.has(op.sheet) ? undefined : this.wholeSheet;
    const cost = this.here.has(op.sheet) ? NOTHING : estimateSnapshotBytes(op, !sheetOp && this.before.has(op.sheet), this.contentBytes, wholeSheet);
    if (record && op.op === 'addSheet') this.here.add(op.sheet);
    if (record && op.op === 'deleteSheet') this.here.delete(op.sheet);
    return cost;
  }

  nextBatch(): void {
    for (const sheet of this.here) this.before.add(sheet);
    this.here = new Set();
  }
}
