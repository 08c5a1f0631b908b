import { gridFromRows } from '../grid/grid';
import { inferYear } from './inferYear';

const notice = gridFromRows('通知', [['关于进一步做好文明单位结对社区共建工作的通知'], ['完成时限：2020年6月30日前'], ['鹤壁市全国文明城市创建指挥部办公室'], ['2020年5月27日']]);
const annex = gridFromRows('附件1', [['附件1'], ['文明单位结对社区共建活动计划表（淇滨区46个）']]);

describe('inferYear', () => {
  it.each([
    ['settings.year first', { settings: { year: 2019 }, title: '2025年度安排表', grids: [notice] }, { year: 2019, source: 'settings' }],
    ['then a period within one year', { settings: { period: { start: '2020-05-01', end: '2020-12-31' } }, title: '2025年度安排表' }, { year: 2020, source: 'period', evidence: '2020-05-01/2020-12-31' }],
    ['not a period over two years', { settings: { period: { start: '2020-10-01', end: '2021-03-31' } }, title: '2025年度安排表' }, { year: 2025, source: 'title', evidence: '2025年度安排表' }],
    ['the title', { title: '晋城市城市管理局 2024 年度联点共建活动安排表' }, { year: 2024, source: 'title', evidence: '晋城市城市管理局 2024 年度联点共建活动安排表' }],
    ['a title in Chinese numerals', { title: '二〇二四年全年工作安排' }, { year: 2024, source: 'title', evidence: '二〇二四年全年工作安排' }],
    ['the notice date on another sheet', { title: '文明单位结对社区共建活动计划表（淇滨区46个）', grids: [annex, notice] }, { year: 2020, source: 'document', evidence: '通知!A4' }],
    ['none', { title: '南阳新村街道办事处“社区建设年”目标分解表', grids: [annex] }, { source: 'none' }],
    ['none at all', {}, { source: 'none' }],
  ])('%s', (_, sources, expected) => expect(inferYear(sources)).toEqual(expected));
});
