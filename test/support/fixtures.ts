import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkbookGrids } from '../../src/core/grid/grid';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';

export const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

export const SEED_FIXTURES = ['seed000.xlsx', 'seed001.xlsx', 'seed002.xlsx', 'seed003.xlsx', 'seed004.xlsx'] as const;
export const ALL_FIXTURES = [...SEED_FIXTURES, 'variants.xlsx'] as const;

export function fixturePath(name: string): string {
  return join(FIXTURES_DIR, name);
}

/** Opens a fixture workbook through the xlsx host, as the CLI does. */
export async function openFixture(name: string): Promise<XlsxHost> {
  return XlsxHost.fromBuffer(readFileSync(fixturePath(name)));
}

export async function readFixture(name: string): Promise<WorkbookGrids> {
  return (await openFixture(name)).readWorkbook();
}
