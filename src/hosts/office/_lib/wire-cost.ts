/**
 * Bytes of an Office.js request, piece by piece, for estimating a batch before it
 * is sent. Office.js sends `JSON.stringify({ Actions, ObjectPaths })`: each proxy
 * the batch uses is an object path plus an Instantiate action, and each property
 * write, call or load is an action with its arguments as JSON, e.g.
 * `"7":{"Id":7,"ObjectPathType":3,"Name":"GetRange","ParentObjectPathId":5,"ArgumentInfo":{"Arguments":["E3"]}}`
 * and `{"Id":9,"ActionType":4,"Name":"Color","ObjectPathId":11,"ArgumentInfo":{"Arguments":["#FFC7CE"]},"L":[…]}`.
 * The recording fake counts the same format (`_test/office-wire.ts`), checked against
 * Office.js's own serialiser. Ids are counted at 6 digits: each batch is a new request
 * context whose ids start at 1, and a 5 MB batch holds fewer than 100,000 (≥ 50 bytes each).
 */
const ID_DIGITS = 6;

/** `"id":{"Id":id,"ObjectPathType":3,"Name":"","ParentObjectPathId":id},` + `{"Id":id,"ActionType":1,"Name":"","ObjectPathId":id},` + its id in an `"L"` list. */
const PATH_BYTES = (3 * ID_DIGITS + 62) + (2 * ID_DIGITS + 49) + (ID_DIGITS + 1);

/** `{"Id":id,"ActionType":4,"Name":"","ObjectPathId":id,"ArgumentInfo":{"Arguments":}},` and the `,"L":[]` around its paths. */
const ACTION_BYTES = 2 * ID_DIGITS + 81 + 6;

/** `{"Id":id,"ActionType":2,"Name":"","ObjectPathId":id,"QueryInfo":{"Select":}},`. */
const QUERY_BYTES = 2 * ID_DIGITS + 73;

/** `,"ArgumentInfo":{"Arguments":}` on a path that takes arguments. */
const ARGUMENTS_BYTES = 30;

/** Office.js's `setRangePropertiesInBulk` splits a matrix write above this many cells into row slices. */
const BULK_CELLS = 1500;

/** The request's envelope, the workbook's and `worksheets`' paths: once per batch. */
export const BATCH_OVERHEAD_BYTES = 29 + 2 * PATH_BYTES + 10;

/** One proxy: `getRange('E3')` is `pathBytes('GetRange', ['E3'])`, `range.format` is `pathBytes('Format')`. */
export function pathBytes(name: string, args?: readonly unknown[]): number {
  return PATH_BYTES + name.length + (args ? ARGUMENTS_BYTES + jsonBytes(args) : 0);
}

/** A property write (`Color`, `['#FFC7CE']`) or a call (`Merge`, `[false]`). */
export function actionBytes(name: string, args: readonly unknown[]): number {
  return ACTION_BYTES + name.length + jsonBytes(args);
}

/** A load of these properties. */
export function queryBytes(select: readonly string[]): number {
  return QUERY_BYTES + jsonBytes(select);
}

/** `worksheets.getItem(sheet)`: every op addresses its sheet afresh. */
export function sheetBytes(sheet: string): number {
  return pathBytes('', [sheet]);
}

/** `worksheets.getItem(sheet).getRange(address)`. */
export function rangeBytes(sheet: string, address: string): number {
  return sheetBytes(sheet) + pathBytes('GetRange', [address]);
}

/**
 * A matrix written to a range's `formulas` or `numberFormat`, given its JSON size:
 * one write, or above 1,500 cells a size check and one write per slice, each slice
 * addressed as `range.getRow(i).getBoundingRect(range.getRow(j))` (three more paths).
 */
export function matrixWriteBytes(name: string, rows: number, columns: number, matrixJsonBytes: number): number {
  if (rows * columns <= BULK_CELLS) return actionBytes(name, []) + matrixJsonBytes;
  const slices = Math.ceil(rows / Math.max(1, Math.round(BULK_CELLS / columns)));
  const slice = 3 * pathBytes('GetBoundingRect', [rows, rows]) + actionBytes(name, []) + 2 + 40;
  return actionBytes('_ValidateArraySize', [rows, columns]) + slices * slice + matrixJsonBytes;
}

/** UTF-8 bytes of a value's JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
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
