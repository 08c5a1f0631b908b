import { gridFromRows } from '../grid/grid';
import { findPhases } from './findPhases';
import { SEED_000_STEPS, SEED_003_STEPS } from './_test/seedTables';

describe('findPhases', () => {
  it('finds seed 000 实施步骤', () => {
    expect(findPhases(gridFromRows('通知', SEED_000_STEPS.map((t) => [t])))).toEqual([
      { name: '对接启动阶段', text: '6月5日前', number: 1, sheet: '通知', cell: 'A2' },
      { name: '组织实施阶段', text: '6月6日至9月30日', number: 2, sheet: '通知', cell: 'A3' },
      { name: '巩固提升阶段', text: '10月至12月上旬', number: 3, sheet: '通知', cell: 'A4' },
      { name: '总结讲评阶段', text: '12月中下旬', number: 4, sheet: '通知', cell: 'A5' },
    ]);
  });

  it('finds seed 003 工作安排 and skips a phase with no time', () => {
    expect(findPhases(gridFromRows('方案', SEED_003_STEPS.map((t) => [t])))).toEqual([
      { name: '第一阶段:全面部署,迅速摸排', text: '4月下旬—5月上旬', number: 1, sheet: '方案', cell: 'A1' },
      { name: '第二阶段:突出重点,集中整治', text: '5月中旬—6月下旬', number: 2, sheet: '方案', cell: 'A2' },
    ]);
  });

  it('reads a whole notice pasted into one cell, line by line', () => {
    expect(findPhases(gridFromRows('通知', [[null, SEED_000_STEPS.join('\n')]])).map((p) => `${p.cell} ${p.text}`)).toEqual([
      'B1 6月5日前', 'B1 6月6日至9月30日', 'B1 10月至12月上旬', 'B1 12月中下旬',
    ]);
  });

  it.each([
    '四、实施步骤',
    '（一）对接启动阶段。各级文明单位要主动对接（详见附件）。',
    '现阶段各单位（含下属单位）要高度重视。',
    '本阶段完成后，在（6月5日前）报送。',
    '（二）组织实施阶段（市创文办负责）。',
    '（二）组织实施阶段（6月6日至9月30日）各单位要（按月）报送。',
    '各阶段工作（6月5日前）。',
  ])('ignores %j', (text) => {
    expect(findPhases(gridFromRows('通知', [[text]]))).toEqual([]);
  });
});
