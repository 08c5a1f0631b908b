/** Types for static-server.cjs. */
import type { IncomingMessage, ServerResponse } from 'node:http';
export function staticHandler(root: string): (request: IncomingMessage, response: ServerResponse) => void;
export function serveStatic(root: string, options?: { port?: number; attempts?: number }): Promise<{ port: number; close(): Promise<unknown> }>;
