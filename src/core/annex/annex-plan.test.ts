import type { EditOp } from '../edit-plan/edit-plan';
import { buildFromFixture } from './_test/annex-fixtures';
import { buildAnnex } from './build-annex';

type RowHeight = Extract<EditOp, { op: 'rowHeight' }>;

/** The height each row gets from a plan's rowHeight ops, row by row. */
function heightsOf(ops: readonly EditOp[]): Map<number, number> {
  const heights = new Map<number, number>();
  for (const op of ops) if (op.op === 'rowHeight') for (let row = op.row; row <= (op.toRow ?? op.row); row++) heights.set(row, op.height);
  return heights;
}

describe('annexPlan: values', () => {
  it('writes one rectangular block, so Excel gets one range, not one per row', async () => {
    const { layout, plan } = await buildFromFixture('seed000.xlsx', 'pairing-plan', '附件1', { maskPhones: true });
    const blocks = plan.ops.filter((op) => op.op === 'setValues');
    expect(blocks).toHaveLength(1);
    const [block] = blocks;
    expect(block.op === 'setValues' && new Set(block.values.map((row) => row.length))).toEqual(new Set([layout.columns.length]));
  });
});

describe('annexPlan: row heights', () => {
  it('gives every row its laid-out height, one op per run of equal heights', async () => {
    const { layout, plan } = await buildFromFixture('seed000.xlsx', 'pairing-plan', '附件1', { maskPhones: true });
    expect(heightsOf(plan.ops)).toEqual(new Map(layout.rows.map((r) => [r.row, r.height])));
    const ops = plan.ops.filter((op): op is RowHeight => op.op === 'rowHeight');
    const changes = layout.rows.filter((r, i) => i === 0 || r.height !== layout.rows[i - 1].height || r.row !== layout.rows[i - 1].row + 1).length;
    expect(ops).toHaveLength(changes);
    expect(ops.length).toBeLessThan(layout.rows.length);
  });

  it('writes a long body of one-line rows as one op', () => {
    const { layout, plan } = buildAnnex({ type: 'template', kind: 'pairing-plan', rows: 1_000 });
    const body = layout.rows.filter((r) => r.role === 'data');
    expect(new Set(body.map((r) => r.height)).size).toBe(1);
    expect(plan.ops.filter((op) => op.op === 'rowHeight' && op.row <= body[0].row && (op.toRow ?? op.row) >= body.at(-1)!.row)).toHaveLength(1);
  });
});
