import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let root: string | undefined;

// Registered when a test file imports this module (jest refuses hooks added inside a test).
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/**
 * A new empty folder for one test's files, inside one folder per test file
 * that is removed when the file's tests are done.
 */
export function tempDir(): string {
  root ??= mkdtempSync(join(tmpdir(), 'wenming-tests-'));
  return mkdtempSync(join(root, 'case-'));
}
