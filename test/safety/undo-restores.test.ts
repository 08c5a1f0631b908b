import { canApplyWithUndo } from '../../src/hosts/host-capabilities';
import { dumpFake, fakeFromXlsx } from '../support/fake-from-xlsx';
import { officeHostOver } from '../support/fake-office';
import { WORKBOOK_COMMANDS } from '../support/workbook-commands';
import { openSafetyWorkbook, SAFETY_WORKBOOKS } from '../support/workbook-fixtures';

/**
 * 撤销上次修改 (issue 7, data safety): in Excel every command applies its plan
 * with `applyEditPlanWithUndo`, which snapshots what the plan overwrites in the
 * same sync. Applying the returned inverse plan must give back the workbook as
 * it was, cell by cell: values, formulas, number formats, fills, notes, sheets.
 */

async function officeOver(fixture: (typeof SAFETY_WORKBOOKS)[number]) {
  const source = await openSafetyWorkbook(fixture);
  const workbook = fakeFromXlsx(source.workbook);
  const { host } = await officeHostOver(workbook);
  return { workbook, host };
}

test('every command that modifies a workbook is under test', () => {
  expect(WORKBOOK_COMMANDS.map((c) => c.name)).toEqual(['mark-findings', 'fix', 'score-init', 'annex']);
});

describe.each(WORKBOOK_COMMANDS.map((c) => [c.name, c] as const))('%s', (_name, command) => {
  test.each(SAFETY_WORKBOOKS)('on %s: undo restores every cell, and the snapshot covers every overwrite', async (fixture) => {
    const { workbook, host } = await officeOver(fixture);
    const before = dumpFake(workbook);
    const plan = command.plan(await host.readWorkbook());
    if (!plan) return;
    expect(canApplyWithUndo(host)).toBe(true);
    const { undo } = await host.applyEditPlanWithUndo(plan);
    // Anything the snapshot cannot restore on a sheet that existed before (a column width,
    // a merge, a font on a user's cell) would survive undo: none allowed.
    expect(undo.unrestored).toEqual([]);
    await host.applyEditPlan(undo.plan);
    expect(dumpFake(workbook)).toEqual(before);
  });

  /** Applies the command, then applies it again with undo, and undoes that second run. */
  async function undoSecondRun(fixture: (typeof SAFETY_WORKBOOKS)[number], layout: boolean) {
    const { workbook, host } = await officeOver(fixture);
    const first = command.plan(await host.readWorkbook());
    if (!first) return undefined;
    await host.applyEditPlan(first);
    const afterFirst = dumpFake(workbook, { layout });
    const second = command.plan(await host.readWorkbook());
    if (!second) return undefined;
    const { undo } = await host.applyEditPlanWithUndo(second);
    await host.applyEditPlan(undo.plan);
    const replaced = new Set(second.ops.filter((op) => op.op === 'addSheet' && op.replace).map((op) => op.sheet));
    return { afterFirst, afterUndo: dumpFake(workbook, { layout }), replaced };
  }

  test.each(SAFETY_WORKBOOKS)('on %s: undo of a second run restores the first run\'s values, formulas, number formats and notes', async (fixture) => {
    const result = await undoSecondRun(fixture, false);
    if (result) expect(result.afterUndo).toEqual(result.afterFirst);
  });

  test.each(SAFETY_WORKBOOKS)('on %s: undo of a second run restores fills and merges too on every sheet it does not replace', async (fixture) => {
    const result = await undoSecondRun(fixture, true);
    if (!result) return;
    const kept = (dump: unknown[]) => dump.filter((sheet) => !result.replaced.has((sheet as { name: string }).name));
    expect(kept(result.afterUndo)).toEqual(kept(result.afterFirst));
  });
});

// Regression: undo of a plan that replaces an existing sheet (the 校验结果 sheet of an earlier
// run, an annex built before) once brought back only its values and number formats; the snapshot
// now holds its fills and merged areas too (fonts, borders and widths it cannot hold are named
// to the user through `unrestored`).
test.each([
  ['mark-findings', 'seed000.xlsx'],
  ['annex', 'seed002.xlsx'],
] as const)('%s run twice on %s, then undone: the replaced sheet gets back its fills and merges', async (name, fixture) => {
  const command = WORKBOOK_COMMANDS.find((c) => c.name === name)!;
  const { workbook, host } = await officeOver(fixture);
  await host.applyEditPlan(command.plan(await host.readWorkbook())!);
  const afterFirst = dumpFake(workbook);
  const { undo } = await host.applyEditPlanWithUndo(command.plan(await host.readWorkbook())!);
  await host.applyEditPlan(undo.plan);
  expect(dumpFake(workbook)).toEqual(afterFirst);
});
