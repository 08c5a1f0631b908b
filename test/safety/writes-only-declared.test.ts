import { snapshotTargets } from '../../src/core/edit-plan/plan-snapshot';
import { parseCellAddress, parseRange, rangeContains } from '../../src/core/grid/a1';
import type { CellRange } from '../../src/core/grid/grid';
import type { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { dumpSheetFull } from '../support/dump-workbook-full';
import { openFixture } from '../support/fixtures';
import { WORKBOOK_COMMANDS } from '../support/workbook-commands';
import { openSafetyWorkbook, reopen, SAFETY_WORKBOOKS } from '../support/workbook-fixtures';

/**
 * A command either writes only new sheets, or writes to existing sheets only
 * where its plan says it does, so the snapshot taken from the plan covers every
 * overwrite (issue 7, data safety). Checked on the xlsx host: after the command,
 * every cell of every sheet that existed before is unchanged (all aspects)
 * except cells inside the blocks and notes the plan declares.
 */

/**
 * ExcelJS gives every cell of a loaded file that used the same style one shared
 * style object; formatting one cell must not format the cells that shared it
 * (fixed in src/hosts/xlsx/apply-edit-plan.ts; kept as a regression test).
 */
test('formatting one cell of a loaded workbook leaves the cells that shared its style alone', async () => {
  const host = await openFixture('seed001.xlsx');
  const sheet = host.workbook.getWorksheet('附件2')!;
  await host.applyEditPlan({ summary: '', ops: [{ op: 'format', sheet: '附件2', range: 'A10', format: { fill: '#DDEBF7', numberFormat: '@', font: { bold: true } } }] });
  expect(sheet.getCell('A10').fill).toMatchObject({ pattern: 'solid' });
  expect(sheet.getCell('B5').fill?.type === 'pattern' ? (sheet.getCell('B5').fill as { pattern?: string }).pattern : undefined).not.toBe('solid');
  expect(sheet.getCell('B5').numFmt).not.toBe('@');
});

/** `附件1!E27 value=… fill=…` → sheet and (row, col); sheet-level lines (merges, widths) have no cell. */
function lineCell(line: string): { sheet: string; row: number; col: number } | undefined {
  const m = /^(.*)!([A-Z]+\d+) /.exec(line);
  if (!m) return undefined;
  return { sheet: m[1], ...parseCellAddress(m[2]) };
}

describe.each(WORKBOOK_COMMANDS.map((c) => [c.name, c] as const))('%s', (_name, command) => {
  test.each(SAFETY_WORKBOOKS)('on %s: cells outside the declared targets of existing sheets are untouched', async (fixture) => {
    const host = await openSafetyWorkbook(fixture);
    const existing = host.workbook.worksheets.map((s) => s.name);
    const before = new Map(host.workbook.worksheets.map((s) => [s.name, dumpSheetFull(s)]));
    const plan = command.plan(await host.readWorkbook());
    if (!plan) return;
    const targets = snapshotTargets(plan);
    const replaced = new Set(targets.sheets);
    const declared = new Map<string, CellRange[]>();
    for (const block of targets.blocks) declared.set(block.sheet, [...(declared.get(block.sheet) ?? []), parseRange(block.range)]);
    for (const note of targets.notes) declared.set(note.sheet, [...(declared.get(note.sheet) ?? []), parseRange(note.cell)]);
    await host.applyEditPlan(plan);
    const after: XlsxHost = await reopen(host);

    for (const name of existing) {
      // A sheet the plan replaces whole is covered by the sheet snapshot (see undo-restores).
      if (replaced.has(name)) continue;
      const outside = (lines: readonly string[]) => lines.filter((line) => {
        const cell = lineCell(line);
        return !cell || !(declared.get(name) ?? []).some((range) => rangeContains(range, cell.row, cell.col));
      });
      const sheet = after.workbook.getWorksheet(name);
      expect(sheet).toBeDefined();
      expect(outside(dumpSheetFull(sheet!))).toEqual(outside(before.get(name)!));
    }
  });
});
