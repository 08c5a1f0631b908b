/**
 * The bytes of an Office.js request and response, for the recording fake. Office.js
 * (`ClientRequestBase.buildRequestMessageBodyAndRequestFlags` in @microsoft/office-js)
 * sends a batch as `JSON.stringify({ AutoKeepReference, Actions, ObjectPaths })`:
 *
 * - every proxy the batch touches is an object path, sent once per request however
 *   often it is used, with an Instantiate action:
 *   `"7":{"Id":7,"ObjectPathType":3,"Name":"GetRange","ParentObjectPathId":5,"ArgumentInfo":{"Arguments":["E3"]}}`
 *   and `{"Id":8,"ActionType":1,"Name":"","ObjectPathId":7}`;
 * - every property write, void method call and load is one more action, its
 *   arguments as JSON: `{"Id":9,"ActionType":4,"Name":"Formulas","ObjectPathId":7,"ArgumentInfo":{"Arguments":[[["a"]]]}}`;
 * - each path's id is listed once more in an action's `"L"` (early dispose).
 *
 * `fake-excel.test.ts` checks these counts against Office.js's own serialiser.
 */

/** Office.js's ObjectPathType: 1 the workbook, 3 a method result (`getRange`), 4 a property (`format`), 5 an indexer (`getItem`). */
export type WirePathType = 1 | 3 | 4 | 5;

/** One proxy object as Office.js addresses it: its parent, how it was reached, and the arguments. */
export interface WirePath {
  readonly parent?: WirePath;
  readonly type: WirePathType;
  /** PascalCase, as Office.js sends it: `GetRange`, `Format`; '' for the workbook and indexers. */
  readonly name: string;
  readonly args?: readonly unknown[];
  /** What else the path's entry carries: `"D":true` for an untracked proxy, `"ReferencedObjectPathIds"`. */
  readonly extraBytes?: number;
  /** Property paths are made once per parent (Office.js caches `range.format`). */
  readonly properties: Map<string, WirePath>;
}

/** An action on a path: a property write, a method call, a load (query), or only the path itself. */
export interface WireAction {
  readonly kind: 'set' | 'method' | 'query' | 'instantiate';
  readonly path: WirePath;
  /** Property or method name in camelCase, as the API spells it (`numberFormat`, `getCellProperties`). */
  readonly name?: string;
  /** Method arguments, or `[value]` for a property write. */
  readonly args?: readonly unknown[];
  /** Loaded properties as Office.js sends them: `load(['items/rowIndex'])` keeps the prefix, `load('items/name')` does not. */
  readonly select?: readonly string[];
}

export function workbookPath(): WirePath {
  return { type: 1, name: '', properties: new Map() };
}

/** `range.format`, `worksheet.notes`: one path per parent and name. */
export function propertyPath(parent: WirePath, name: string): WirePath {
  const key = pascal(name);
  let path = parent.properties.get(key);
  if (!path) {
    path = { parent, type: 4, name: key, properties: new Map() };
    parent.properties.set(key, path);
  }
  return path;
}

/** `sheet.getRange('E3')`, `notes.getItemOrNullObject('E3')`: a new path on every call, as in Office.js. */
export function methodPath(parent: WirePath, name: string, args: readonly unknown[]): WirePath {
  return { parent, type: 3, name: pascal(name), args, properties: new Map() };
}

/**
 * The actions of a matrix write (`formulas`, `values`, `numberFormat`): one property write,
 * or above 1,500 cells what Office.js's `setRangePropertiesInBulk` makes of it, a
 * `_ValidateArraySize` call and one write per slice of ≈ 1,500 cells, each slice
 * addressed as `range.getRow(i).getBoundingRect(range.getRow(j))`.
 */
export function matrixWriteActions(range: WirePath, name: string, matrix: readonly (readonly unknown[])[]): WireAction[] {
  const columns = matrix[0]?.length ?? 0;
  if (matrix.length * columns <= BULK_CELLS) return [{ kind: 'set', path: range, name, args: [matrix] }];
  const step = Math.max(1, Math.round(BULK_CELLS / columns));
  const actions: WireAction[] = [{ kind: 'method', path: range, name: '_ValidateArraySize', args: [matrix.length, columns] }];
  for (let start = 0; start < matrix.length; start += step) {
    const end = Math.min(start + step, matrix.length) - 1;
    const last: WirePath = { ...methodPath(range, 'getRow', [end]), extraBytes: UNTRACKED_BYTES };
    const first: WirePath = { ...methodPath(range, 'getRow', [start]), extraBytes: UNTRACKED_BYTES };
    const slice: WirePath = { ...methodPath(first, 'getBoundingRect', [end]), extraBytes: UNTRACKED_BYTES + REFERENCE_BYTES };
    actions.push({ kind: 'instantiate', path: last }, { kind: 'set', path: slice, name, args: [matrix.slice(start, end + 1)] });
  }
  return actions;
}

/** Office.js's `maxCellCount` in `setRangePropertiesInBulk`. */
const BULK_CELLS = 1500;
const UNTRACKED_BYTES = ',"D":true'.length;
const REFERENCE_BYTES = ',"ReferencedObjectPathIds":[12345]'.length;

/** `worksheets.getItem('附件1')`. */
export function indexerPath(parent: WirePath, args: readonly unknown[]): WirePath {
  return { parent, type: 5, name: '', args, properties: new Map() };
}

/** The envelope around the actions and paths, `{"Actions":[],"ObjectPaths":{}}`, less the last comma of each list. */
export const REQUEST_ENVELOPE_BYTES = 29;
/** The response's envelope, `{"Results":[]}`, and each result's `{"ActionId":…,"Value":…}`. */
export const RESPONSE_ENVELOPE_BYTES = 14;
const RESULT_OVERHEAD_BYTES = 25;

/**
 * Counts one request's bytes as its actions are queued, and the response's as
 * the loads run. Ids come from one counter per context, as in Office.js.
 */
export class WireRequest {
  private nextId = 1;
  private readonly ids = new WeakMap<WirePath, number>();
  private sent = new Set<WirePath>();

  /** Bytes an action adds to the current request, with the paths it needs that this request has not sent. */
  actionBytes(action: WireAction): number {
    const paths = this.pathBytes(action.path);
    // An action that brings new paths lists them in its `"L":[…]`.
    let bytes = paths > 0 ? paths + 6 : 0;
    if (action.kind === 'instantiate') return bytes;
    const body: Record<string, unknown> = { Id: this.id(), ActionType: action.kind === 'set' ? 4 : action.kind === 'method' ? 3 : 2, Name: action.kind === 'query' ? '' : pascal(action.name ?? ''), ObjectPathId: this.idOf(action.path) };
    if (action.kind === 'query') body.QueryInfo = { Select: action.select ?? [] };
    else body.ArgumentInfo = { Arguments: action.args ?? [] };
    bytes += utf8(JSON.stringify(body)) + 1;
    return bytes;
  }

  /** A new request begins: every path is sent again. */
  reset(): void {
    this.sent = new Set();
  }

  /** Bytes of one loaded result in the response: `{"ActionId":9,"Value":{"Values":[[…]]}}`. */
  static resultBytes(value: unknown): number {
    return RESULT_OVERHEAD_BYTES + utf8(JSON.stringify(value) ?? '');
  }

  private pathBytes(path: WirePath): number {
    if (this.sent.has(path)) return 0;
    this.sent.add(path);
    let bytes = path.parent ? this.pathBytes(path.parent) : 0;
    const id = this.idOf(path);
    const info: Record<string, unknown> = { Id: id, ObjectPathType: path.type, Name: path.name };
    if (path.parent) info.ParentObjectPathId = this.idOf(path.parent);
    if (path.args) info.ArgumentInfo = { Arguments: path.args };
    // The path's entry, its Instantiate action, and its id in an action's "L" list.
    bytes += utf8(`"${id}":${JSON.stringify(info)},`) + (path.extraBytes ?? 0);
    bytes += utf8(JSON.stringify({ Id: this.id(), ActionType: 1, Name: '', ObjectPathId: id })) + 1;
    bytes += String(id).length + 1;
    return bytes;
  }

  private idOf(path: WirePath): number {
    let id = this.ids.get(path);
    if (id === undefined) {
      id = this.id();
      this.ids.set(path, id);
    }
    return id;
  }

  private id(): number {
    return this.nextId++;
  }
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function utf8(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
