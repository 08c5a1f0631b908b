import type { EditPlan } from '../../core/edit-plan/edit-plan';
import { chunkEditPlan, estimateOpBytes, utf8Length } from './chunk-edit-plan';

describe('chunkEditPlan', () => {
  it('keeps a plan below the limit in one batch', () => {
    const plan: EditPlan = { summary: '', ops: [
      { op: 'addSheet', sheet: '校验结果', replace: true },
      { op: 'setValues', sheet: '校验结果', at: 'A1', values: Array.from({ length: 10_000 }, (_, i) => [`附件1`, `E${i}`, '电话号码无效']) },
    ] };
    expect(chunkEditPlan(plan)).toHaveLength(1);
  });

  it('cuts a block too big for one batch into row slices that keep their position', () => {
    const values = Array.from({ length: 100 }, (_, i) => [`第${i}行`, 'x'.repeat(100)]);
    const chunks = chunkEditPlan({ summary: '', ops: [{ op: 'setValues', sheet: 'S', at: 'B3', values }] }, 2_000);
    expect(chunks.length).toBeGreaterThan(5);
    const slices = chunks.flat() as Extract<EditPlan['ops'][number], { op: 'setValues' }>[];
    expect(slices.flatMap((s) => s.values)).toEqual(values);
    let row = 3;
    for (const slice of slices) {
      expect(slice.at).toBe(`B${row}`);
      row += slice.values.length;
    }
    for (const chunk of chunks) expect(chunk.reduce((sum, op) => sum + estimateOpBytes(op), 0)).toBeLessThanOrEqual(2_000);
  });

  it('keeps ops in order across batches', () => {
    const ops: EditPlan['ops'] = Array.from({ length: 50 }, (_, i) => ({ op: 'note' as const, sheet: 'S', cell: `A${i + 1}`, text: '注'.repeat(100) }));
    expect(chunkEditPlan({ summary: '', ops }, 5_000).flat()).toEqual(ops);
  });

  it('counts UTF-8 bytes: Chinese text is three bytes a character', () => {
    expect(utf8Length('附件1')).toBe(7);
    expect(utf8Length('𠀀')).toBe(4);
  });
});
