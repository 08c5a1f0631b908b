import { NO_CORRECTIONS, storedCorrections } from '../../core/recognize/corrections';
import { gridFromRows } from '../../core/grid/grid';
import type { CoreProgress } from './core-jobs';
import { CancelledError, inThreadCoreRunner } from './core-runner';

const workbook = {
  sheets: [
    gridFromRows('通知', [['关于做好结对共建工作的通知']]),
    gridFromRows('附件1', [
      ['文明单位结对社区共建活动计划表（淇滨区2个）'],
      ['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话'],
      [1, '市委办公室', '长江社区', '长江路', '郭小倩13939263117'],
      [2, '市委党校', '黄河社区', '黄河路', '郭玉功 1513929295'],
    ]),
  ],
};

describe('inThreadCoreRunner', () => {
  it('recognises sheet by sheet, reports progress, applies kind overrides and checks', async () => {
    const progress: CoreProgress[] = [];
    const run = inThreadCoreRunner().run({ job: 'analyze', workbook, settings: {}, corrections: storedCorrections({ kindOverrides: { '附件1!A2': 'site-checklist' } }) }, (p) => progress.push(p));
    const analysis = await run.result;
    expect(progress).toEqual([
      { step: 'recognize', sheet: '通知', done: 0, total: 2 },
      { step: 'recognize', sheet: '附件1', done: 1, total: 2 },
      { step: 'check' },
    ]);
    const table = analysis.tables.find((t) => t.sheet === '附件1')!;
    expect(table.kind).toBe('site-checklist');
    expect(analysis.recognizedKinds['附件1!A2']).toBe('pairing-plan');
    expect(analysis.findings.length).toBeGreaterThan(0);
  });

  it('lists entities a score sheet can be built for', async () => {
    const analysis = await inThreadCoreRunner().run({ job: 'analyze', workbook, settings: {}, corrections: NO_CORRECTIONS }, () => undefined).result;
    expect(analysis.entitySources).toEqual([expect.objectContaining({ tableKey: '附件1!A2', role: 'community', names: ['长江社区', '黄河社区'] })]);
  });

  it('stops at the next sheet when cancelled', async () => {
    const run = inThreadCoreRunner().run({ job: 'analyze', workbook, settings: {}, corrections: NO_CORRECTIONS }, () => undefined);
    run.cancel();
    await expect(run.result).rejects.toBeInstanceOf(CancelledError);
  });
});
