import { pairingPlanRows } from '../../../bench/_lib/pairing-plan';
import { dumpFake } from '../../../test/support/fake-from-xlsx';
import { WORKBOOK_COMMANDS } from '../../../test/support/workbook-commands';
import type { PlanSnapshot } from '../../core/edit-plan/plan-snapshot';
import { RESULTS_SHEET } from '../../core/check/mark-findings';
import { ALL_CAPABILITIES, type OfficeCapabilities } from './office-capabilities';
import { OfficeHost } from './office-host';
import { queueSnapshot } from './queue-snapshot';
import { readSheetSnapshots } from './read-sheet-snapshots';
import { blockJsonBytes } from './_lib/block-json-bytes';
import { sheetSnapshotBytes } from './_lib/sheet-snapshot-bytes';
import { FakeExcel, WEB_PAYLOAD_LIMIT } from './_test/fake-excel';
import { FakeWorkbook } from './_test/fake-workbook';

/** A pairing plan of `rows` rows whose every phone has 12 digits: two findings a row, so 校验结果 grows fast. */
function badPhones(rows: number): FakeWorkbook {
  const workbook = new FakeWorkbook();
  const sheet = workbook.addSheet('附件1');
  pairingPlanRows(rows).forEach((row, r) => row.forEach((value, c) => {
    const cell = r >= 3 && c === 4 ? `联系人${r}139${String(r).padStart(8, '0')}1` : value;
    if (typeof cell === 'string' || typeof cell === 'number') sheet.ensure(r, c).value = cell;
  }));
  sheet.merges.push({ top: 1, left: 0, bottom: 1, right: 4 });
  return workbook;
}

/** A sheet of formulas, number formats, fills and merges whose snapshot is `rows` × about 1 KB. */
function styledSheet(rows: number): FakeWorkbook {
  const workbook = new FakeWorkbook();
  const sheet = workbook.addSheet('附件3');
  for (let r = 1; r <= rows; r++) {
    sheet.ensure(r, 1).value = r;
    sheet.ensure(r, 2).value = `${'文明城市创建'.repeat(12)}${r}`;
    Object.assign(sheet.ensure(r, 3), { formula: `B${r + 1}*2`, value: 2 * r });
    if (r % 3 === 0) sheet.ensure(r, 4).numberFormat = '@';
    if (r % 5 === 0) sheet.ensure(r, 2).fill = '#FFC7CE';
    if (r % 7 === 0) sheet.ensure(r, 5).value = '#N/A';
  }
  sheet.merges.push({ top: 1, left: 4, bottom: 3, right: 5 });
  return workbook;
}

const markFindings = WORKBOOK_COMMANDS.find((c) => c.name === 'mark-findings')!;

/** What the one-batch path reads of whole sheets, and the bytes of its one response. */
async function oneBatchSnapshot(workbook: FakeWorkbook, sheets: string[], capabilities: OfficeCapabilities): Promise<{ snapshot: PlanSnapshot; responseBytes: number }> {
  const excel = new FakeExcel(workbook);
  const snapshot = await excel.run(async (context) => {
    const queued = queueSnapshot(context, { blocks: [], sheets, notes: [] }, capabilities, new Map());
    await context.sync();
    return queued.collect();
  });
  return { snapshot, responseBytes: excel.responseSizes[0] };
}

describe('readSheetSnapshots', () => {
  it.each([
    ['with cell properties', ALL_CAPABILITIES],
    ['without cell properties', { ...ALL_CAPABILITIES, cellProperties: false }],
  ])('reads a sheet above the 5 MB response limit in row blocks: the one-batch snapshot, %s', async (_label, capabilities) => {
    const workbook = styledSheet(17_000);
    const expected = await oneBatchSnapshot(workbook, ['附件3', '没有'], capabilities);
    expect(expected.responseBytes).toBeGreaterThan(WEB_PAYLOAD_LIMIT);

    const web = new FakeExcel(workbook, { web: true });
    const snapshots = await readSheetSnapshots(web.run, ['附件3', '没有'], capabilities);
    expect([...snapshots.values()]).toEqual(expected.snapshot.sheets);
    expect(Math.max(...web.responseSizes)).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    // One sync for the used ranges, then blocks of about 4 MB (the first sized by a guess).
    expect(web.syncs).toBeGreaterThanOrEqual(3);
    expect(web.syncs).toBeLessThanOrEqual(2 + Math.ceil(expected.responseBytes / 4_000_000));
  });

  it('says an empty sheet existed, with no used range', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('空');
    const excel = new FakeExcel(workbook, { web: true });
    expect([...(await readSheetSnapshots(excel.run, ['空'], ALL_CAPABILITIES)).values()]).toEqual([{ name: '空', existed: true }]);
    expect(excel.syncs).toBe(1);
  });
});

describe('sheetSnapshotBytes', () => {
  it.each([
    ['formulas, formats, fills and merges', () => styledSheet(2_000), '附件3'],
    ['校验结果 of 1,000 findings', () => badPhones(500), RESULTS_SHEET],
  ])('is at or above the one-batch response for %s, and not far above', async (_label, build, sheet) => {
    const workbook = build();
    const excel = new FakeExcel(workbook);
    const host = await OfficeHost.create({ run: excel.run, capabilities: ALL_CAPABILITIES });
    if (sheet === RESULTS_SHEET) await host.applyEditPlan(markFindings.plan(await host.readWorkbook())!);
    const grid = (await host.readWorkbook({ sheets: [sheet] })).sheets[0];
    const { bytes } = sheetSnapshotBytes(grid, { fills: true, contentBytes: (range) => Math.ceil(blockJsonBytes(grid, range) * 1.2) });
    const { responseBytes } = await oneBatchSnapshot(workbook, [sheet], ALL_CAPABILITIES);
    expect(bytes).toBeGreaterThanOrEqual(responseBytes);
    expect(bytes).toBeLessThan(1.3 * responseBytes);
  });
});

describe('OfficeHost on the web, replacing a sheet that exists', () => {
  const plan = { summary: '重建', ops: [{ op: 'addSheet' as const, sheet: '附件3', replace: true }, { op: 'setValues' as const, sheet: '附件3', at: 'A1', values: [['新']] }] };

  it.each([
    ['read since it was written: snapshotted in the write batch, one sync', true, 1],
    ['not read since it was written (its size unknown): read first, in blocks', false, 3],
  ])('a small sheet %s', async (_label, read, syncs) => {
    const workbook = styledSheet(50);
    const before = dumpFake(workbook);
    const excel = new FakeExcel(workbook, { web: true });
    const host = await OfficeHost.create({ run: excel.run, capabilities: ALL_CAPABILITIES, web: true });
    if (read) await host.readWorkbook();
    const from = excel.syncs;
    const { undo } = await host.applyEditPlanWithUndo(plan);
    expect(excel.syncs - from).toBe(syncs);
    await host.applyEditPlan(undo.plan);
    expect(dumpFake(workbook)).toEqual(before);
  });
});

describe('validate-and-mark run again over a 校验结果 sheet whose snapshot is above 5 MB', () => {
  /** The first run applied, the workbook read again as the pane does: the host and the second run's plan. */
  async function afterFirstRun(web: boolean) {
    const workbook = badPhones(4_000);
    const excel = new FakeExcel(workbook, { web });
    const host = await OfficeHost.create({ run: excel.run, capabilities: ALL_CAPABILITIES, web });
    await host.applyEditPlan(markFindings.plan(await host.readWorkbook())!);
    const afterFirst = dumpFake(workbook);
    const syncs = excel.syncs;
    const second = markFindings.plan(await host.readWorkbook())!;
    return { workbook, excel, host, afterFirst, second, readSyncs: excel.syncs - syncs };
  }

  it('on the web: applies in batches under 5 MB each, and its undo gives back the first run cell by cell', async () => {
    const { workbook, excel, host, afterFirst, second } = await afterFirstRun(true);
    expect((await oneBatchSnapshot(workbook, [RESULTS_SHEET], ALL_CAPABILITIES)).responseBytes).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    const from = excel.syncs;
    const { undo } = await host.applyEditPlanWithUndo(second);
    await host.applyEditPlan(undo.plan);
    expect(Math.max(...excel.requestSizes.slice(from))).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(Math.max(...excel.responseSizes.slice(from))).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(dumpFake(workbook)).toEqual(afterFirst);
  });

  it('on the desktop: still one read sync and one write sync, and the same undo', async () => {
    const { workbook, excel, host, afterFirst, second, readSyncs } = await afterFirstRun(false);
    expect(readSyncs).toBe(1);
    const from = excel.syncs;
    const { undo } = await host.applyEditPlanWithUndo(second);
    expect(excel.syncs - from).toBe(1);
    await host.applyEditPlan(undo.plan);
    expect(dumpFake(workbook)).toEqual(afterFirst);
  });
});
