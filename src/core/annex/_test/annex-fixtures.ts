import { readFixture } from '../../../../test/support/fixtures';
import type { WorkbookGrids } from '../../grid/grid';
import type { AnnexKind } from '../annex-kind';
import { buildAnnex, type AnnexOptions, type AnnexResult } from '../build-annex';
import { findAnnexSource } from '../find-annex-source';

const cache = new Map<string, Promise<WorkbookGrids>>();

/** A fixture workbook, read once per test file. */
export function fixtureWorkbook(file: string): Promise<WorkbookGrids> {
  if (!cache.has(file)) cache.set(file, readFixture(file));
  return cache.get(file)!;
}

/** Builds the annex of `kind` from a fixture sheet, as the CLI does (the workbook names the sheet). */
export async function buildFromFixture(file: string, kind: AnnexKind, sheet?: string, options: AnnexOptions = {}): Promise<AnnexResult> {
  const workbook = await fixtureWorkbook(file);
  const found = findAnnexSource(workbook, kind, sheet);
  if (!found.found) throw new Error(`no ${kind} in ${file}${sheet ? `:${sheet}` : ''}`);
  return buildAnnex({ type: 'tables', grid: found.grid, tables: found.tables }, { workbook, ...options });
}

/** Every text the plan writes into cells. */
export function writtenTexts(result: AnnexResult): string[] {
  return result.plan.ops.flatMap((op) => (op.op === 'setValues' ? op.values.flat().filter((v) => v !== null).map(String) : []));
}
