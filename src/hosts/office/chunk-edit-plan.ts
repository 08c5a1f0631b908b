import type { EditOp, EditPlan } from '../../core/edit-plan/edit-plan';
import { cellAddress, parseCellAddress, parseRange, rangeAddress } from '../../core/grid/a1';
import { BATCH_OVERHEAD_BYTES } from './_lib/wire-cost';
import { AddedSheets, BatchLookups, estimateOpBytes, NOTHING, type ContentBytes, type PayloadBytes, type SheetSnapshotBytes } from './estimate-payload';

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


export interface ChunkOptions {
  /** Bytes a batch may reach, request and response alike (default `BATCH_TARGET_BYTES`). */
  readonly target?: number;
  /** Count the undo snapshot's loads too (`applyEditPlanWithUndo` queues them in the same batch). */
  readonly withUndo?: boolean;
  /** What the cells a plan overwrites hold now, for the size of the undo snapshot's response. */
  readonly contentBytes?: ContentBytes;
  /** The same for the sheets a plan replaces or deletes, read whole. */
  readonly sheetBytes?: SheetSnapshotBytes;
}

/**
 * Splits a plan into batches whose request and response each stay under the target, in
 * order; for Excel on the web only (desktop Excel takes any plan in one batch). A block
 * of values, or a number format over many rows, too big for what is left of a batch is
 * cut into row slices that fill it, so the count stays near ⌈bytes / target⌉.
 */
export function chunkEditPlan(plan: EditPlan, options: ChunkOptions = {}): EditOp[][] {
  const target = options.target ?? BATCH_TARGET_BYTES;
  const sheets = new AddedSheets(new Set(), options.contentBytes, options.sheetBytes);
  let lookups = new BatchLookups();
  const cost = (op: EditOp): PayloadBytes => {
    const snapshot = options.withUndo ? sheets.snapshotCost(op, false) : NOTHING;
    return { request: estimateOpBytes(op) - lookups.saving(op, false) + snapshot.request, response: snapshot.response };
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
    lookups = new BatchLookups();
  };
  const add = (op: EditOp, c: PayloadBytes) => {
    current.push(op);
    used = { request: used.request + c.request, response: used.response + c.response };
    if (options.withUndo) sheets.snapshotCost(op);
    lookups.saving(op);
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
