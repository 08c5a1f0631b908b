import type { EditOp, EditPlan } from '../../core/edit-plan/edit-plan';
import { fakeFromXlsx } from '../../../test/support/fake-from-xlsx';
import { WORKBOOK_COMMANDS } from '../../../test/support/workbook-commands';
import { openSafetyWorkbook, SAFETY_WORKBOOKS } from '../../../test/support/workbook-fixtures';
import { chunkEditPlan } from './chunk-edit-plan';
import { estimateBatchBytes } from './estimate-payload';
import { sheetBytes, utf8Length } from './_lib/wire-cost';
import { ALL_CAPABILITIES } from './office-capabilities';
import { OfficeHost } from './office-host';
import { FakeExcel } from './_test/fake-excel';

type SetValues = Extract<EditOp, { op: 'setValues' }>;

describe('chunkEditPlan', () => {
  it('keeps a plan below the target in one batch', () => {
    const plan: EditPlan = { summary: '', ops: [
      { op: 'addSheet', sheet: '校验结果', replace: true },
      { op: 'setValues', sheet: '校验结果', at: 'A1', values: Array.from({ length: 10_000 }, (_, i) => [`附件1`, `E${i}`, '电话号码无效']) },
    ] };
    expect(chunkEditPlan(plan, { withUndo: true })).toHaveLength(1);
  });

  it('counts the snapshot of a sheet it replaces as the host sizes it, and none for one the host read before', () => {
    // Marks whose fills the snapshot reads (≈ 2.9 MB of response), then 校验结果 replaced.
    const plan: EditPlan = { summary: '', ops: [
      { op: 'format', sheet: '附件1', range: 'E2:E50001', format: { fill: '#FFC7CE' } },
      { op: 'addSheet', sheet: '校验结果', replace: true },
    ] };
    expect(chunkEditPlan(plan, { withUndo: true })).toHaveLength(1);
    expect(chunkEditPlan(plan, { withUndo: true, sheetBytes: () => 2_500_000 })).toHaveLength(2);
    expect(chunkEditPlan(plan, { withUndo: true, sheetBytes: () => 0 })).toHaveLength(1);
  });

  it('cuts a block too big for one batch into row slices that keep their position and fill each batch', () => {
    const values = Array.from({ length: 1_000 }, (_, i) => [`第${i}行`, 'x'.repeat(100)]);
    const plan: EditPlan = { summary: '', ops: [{ op: 'setValues', sheet: 'S', at: 'B3', values }] };
    const target = 20_000;
    const chunks = chunkEditPlan(plan, { target });
    const slices = chunks.flat() as SetValues[];
    expect(slices.flatMap((s) => s.values)).toEqual(values);
    let row = 3;
    for (const slice of slices) {
      expect(slice.at).toBe(`B${row}`);
      row += slice.values.length;
    }
    for (const chunk of chunks) expect(estimateBatchBytes(chunk).request).toBeLessThanOrEqual(target);
    // As few batches as the bytes allow, give or take one.
    expect(chunks.length).toBeLessThanOrEqual(Math.ceil(estimateBatchBytes(plan.ops).request / target) + 1);
  });

  it('fills what is left of a batch with the first slice of the next block', () => {
    const block = (at: string): SetValues => ({ op: 'setValues', sheet: 'S', at, values: Array.from({ length: 300 }, (_, i) => [`第${i}行`, 'x'.repeat(100)]) });
    const chunks = chunkEditPlan({ summary: '', ops: [block('A1'), block('A301')] }, { target: 50_000 });
    expect((chunks[0][1] as SetValues).at).toBe('A301');
    expect(chunks.flat().reduce((rows, op) => rows + (op as SetValues).values.length, 0)).toBe(600);
  });

  it('keeps ops in order across batches', () => {
    const ops: EditPlan['ops'] = Array.from({ length: 50 }, (_, i) => ({ op: 'note' as const, sheet: 'S', cell: `A${i + 1}`, text: '注'.repeat(100) }));
    const chunks = chunkEditPlan({ summary: '', ops }, { target: 5_000 });
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.flat()).toEqual(ops);
  });

  it('counts no snapshot for writes to a sheet added in the same batch, and counts one in a later batch', () => {
    const write: EditOp = { op: 'setValues', sheet: '新表', at: 'A1', values: [['x'.repeat(1_000)]] };
    const added = estimateBatchBytes([{ op: 'addSheet', sheet: '新表' }, write], true).request - estimateBatchBytes([{ op: 'addSheet', sheet: '新表' }], true).request;
    // No snapshot; and the write uses the added sheet's proxy, so its lookup is not sent again.
    expect(added).toBe(estimateBatchBytes([write]).request - estimateBatchBytes([]).request - sheetBytes('新表'));
    expect(estimateBatchBytes([write], true, new Set(['新表'])).request).toBeGreaterThan(estimateBatchBytes([write]).request);
  });

  it('counts UTF-8 bytes: Chinese text is three bytes a character', () => {
    expect(utf8Length('附件1')).toBe(7);
    expect(utf8Length('𠀀')).toBe(4);
  });
});

describe('estimateBatchBytes against what the host sends', () => {
  // Every command's plan over the fixtures, applied with undo on Excel on the web as the pane
  // does: the estimate is never below the request the recording fake counts (itself within 1 %
  // of Office.js, see _test/fake-excel.test.ts), and not far above it.
  it.each(SAFETY_WORKBOOKS)('%s', async (name) => {
    const xlsx = await openSafetyWorkbook(name);
    const grids = await xlsx.readWorkbook();
    const off: string[] = [];
    for (const command of WORKBOOK_COMMANDS) {
      const plan = command.plan(grids);
      if (!plan || plan.ops.length === 0) continue;
      const excel = new FakeExcel(fakeFromXlsx(xlsx.workbook), { web: true });
      const host = await OfficeHost.create({ run: excel.run, capabilities: ALL_CAPABILITIES, web: true });
      const before = excel.requestSizes.length;
      await host.applyEditPlanWithUndo(plan);
      expect(excel.requestSizes.length - before).toBe(1);
      const [request] = excel.requestSizes.slice(before);
      const [response] = excel.responseSizes.slice(before);
      const estimate = estimateBatchBytes(plan.ops, true);
      const ratio = estimate.request / request;
      if (ratio < 1 || ratio > 1.25) off.push(`${command.name}: request ×${ratio.toFixed(3)}`);
      if (estimate.response < response) off.push(`${command.name}: response ${estimate.response} < ${response}`);
    }
    expect(off).toEqual([]);
  });
});
