import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createContext, runInContext } from 'node:vm';

/**
 * Microsoft's own Office.js (the Excel on the web build of @microsoft/office-js),
 * loaded in a sandbox with a request executor that records each request's body
 * and answers with no results. It builds requests exactly as Excel receives them,
 * so tests can hold the recording fake's byte counts to it; nothing is executed.
 */
export interface RecordedRequests {
  readonly context: Excel.RequestContext;
  /** UTF-8 bytes of each sync's `JSON.stringify(body)`, as `RichApiMessageUtility` sends it. */
  readonly sizes: number[];
}

let sandbox: { Excel: { RequestContext: new (session: unknown) => Excel.RequestContext } } | undefined;

function officeJs(): NonNullable<typeof sandbox> {
  if (sandbox) return sandbox;
  const file = join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', 'excel-web-16.00.debug.js');
  const quiet = { log() {}, warn() {}, error() {}, info() {} };
  const globals: Record<string, unknown> = {
    console: quiet, setTimeout, clearTimeout, Promise,
    navigator: { userAgent: 'node' },
    location: { href: 'https://localhost/', search: '', hash: '' },
    document: { readyState: 'complete', cookie: '', addEventListener() {}, getElementsByTagName: () => [], createElement: () => ({ setAttribute() {}, style: {} }), head: { appendChild() {} } },
  };
  globals.window = globals;
  globals.self = globals;
  createContext(globals);
  runInContext(readFileSync(file, 'utf8'), globals, { filename: file });
  sandbox = globals as unknown as NonNullable<typeof sandbox>;
  return sandbox;
}

/** A real `Excel.RequestContext` whose syncs are recorded, not sent. */
export function recordedOfficeJsContext(): RecordedRequests {
  const sizes: number[] = [];
  const executor = {
    executeAsync(_customData: unknown, _flags: unknown, message: { Body: unknown }) {
      sizes.push(Buffer.byteLength(JSON.stringify(message.Body), 'utf8'));
      return Promise.resolve({ HttpStatusCode: 200, ErrorCode: '', ErrorMessage: '', Headers: {}, Body: { Results: [] } });
    },
  };
  const session = {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: 'https://fake/', headers: {} }),
    _createRequestExecutorOrNull: () => executor,
  };
  return { context: new (officeJs().Excel.RequestContext)(session), sizes };
}
