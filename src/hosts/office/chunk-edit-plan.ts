import type { EditOp, EditPlan } from '../../core/edit-plan/edit-plan';
import { cellAddress, parseCellAddress, parseRange } from '../../core/grid/a1';

/**
 * Excel on the web refuses a request above 5 MB ("RequestPayloadSizeLimitExceeded",
 * Microsoft's "Resource limits and performance optimization for Office Add-ins").
 * The byte estimate below misses per-cell bookkeeping on large formatted ranges by up to ~1.6×
 * (measured against the recording fake at 100,000 rows), so the batches aim at half the limit.
 */
export const REQUEST_LIMIT_BYTES = 2_500_000;

/** Per-op bookkeeping in a serialised batch (object paths, action ids): a generous guess. */
const OP_OVERHEAD_BYTES = 400;

/**
 * Estimates how many bytes an op adds to a serialised Office.js request:
 * the JSON of the values it writes, with non-ASCII characters counted as the
 * 3 bytes UTF-8 gives Chinese text, plus a fixed overhead.
 */
export function estimateOpBytes(op: EditOp): number {
  switch (op.op) {
    case 'setValues':
      // A formulas matrix, and a hyperlink per linked cell.
      return OP_OVERHEAD_BYTES + utf8Length(JSON.stringify(op.values));
    case 'format': {
      // A number format is written as a matrix the size of the range.
      if (op.format.numberFormat === undefined) return OP_OVERHEAD_BYTES * 4;
      const cells = rangeCells(op.range);
      return OP_OVERHEAD_BYTES * 4 + cells * (utf8Length(op.format.numberFormat) + 3);
    }
    default:
      return OP_OVERHEAD_BYTES + utf8Length(JSON.stringify(op));
  }
}

/**
 * Splits a plan into batches that each stay under `limit` bytes, in order.
 * Below the limit the whole plan is one batch, so applying it costs one
 * `context.sync()`. A block of values too big for one batch is cut into row slices.
 */
export function chunkEditPlan(plan: EditPlan, limit = REQUEST_LIMIT_BYTES): EditOp[][] {
  const chunks: EditOp[][] = [];
  let current: EditOp[] = [];
  let size = 0;
  const push = (op: EditOp, bytes: number) => {
    if (current.length > 0 && size + bytes > limit) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += bytes;
  };
  for (const op of plan.ops) {
    const bytes = estimateOpBytes(op);
    if (op.op === 'setValues' && bytes > limit && op.values.length > 1) {
      for (const slice of sliceRows(op, limit)) push(slice, estimateOpBytes(slice));
    } else {
      push(op, bytes);
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Cuts a setValues op into consecutive row slices of at most `limit` bytes each (one row at least). */
function sliceRows(op: Extract<EditOp, { op: 'setValues' }>, limit: number): Extract<EditOp, { op: 'setValues' }>[] {
  const start = parseCellAddress(op.at);
  const slices: Extract<EditOp, { op: 'setValues' }>[] = [];
  let first = 0;
  let bytes = OP_OVERHEAD_BYTES;
  op.values.forEach((row, i) => {
    const rowBytes = utf8Length(JSON.stringify(row)) + 1;
    if (i > first && bytes + rowBytes > limit) {
      slices.push({ ...op, at: cellAddress(start.row + first, start.col), values: op.values.slice(first, i) });
      first = i;
      bytes = OP_OVERHEAD_BYTES;
    }
    bytes += rowBytes;
  });
  slices.push({ ...op, at: cellAddress(start.row + first, start.col), values: op.values.slice(first) });
  return slices;
}

function rangeCells(address: string): number {
  const range = parseRange(address);
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

/** UTF-8 length of a string: what the request carries. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
