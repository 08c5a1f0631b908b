/**
 * What each seed fixture states of its own year, period, issue date and area code, and what
 * `inferSettings` reads from it (issue 12, deliverable 4). Where a fixture states nothing for a
 * setting, nothing is inferred: the fixtures keep only some sheets of their notices.
 */
import { inferSettings } from '../src/core/infer-settings';
import { recognizeWorkbook } from '../src/core/recognize/recognize-tables';
import type { InferredSettings } from '../src/core/settings';
import { readFixture, SEED_FIXTURES } from './support/fixtures';

async function inferredOf(name: string): Promise<InferredSettings> {
  const workbook = await readFixture(name);
  return inferSettings(workbook, recognizeWorkbook(workbook));
}

const EXPECTED: Readonly<Record<(typeof SEED_FIXTURES)[number], InferredSettings>> = {
  // 通知: the document number heads it, 二、时间安排 states the period, the date closes it. Its 114 phones
  // are all mobiles: no landline names the area code (鹤壁 0392), so none is inferred.
  'seed000.xlsx': {
    year: { value: 2020, from: 'document-number', sheet: '通知', cell: 'A1', text: '鹤创文办〔2020〕5号' },
    period: { value: { start: '2020-05-01', end: '2020-12-31' }, from: 'period-text', sheet: '通知', cell: 'A8', text: '2020年5月至12月' },
    issued: { value: '2020-05-27', from: 'signing-date', sheet: '通知', cell: 'A34', text: '2020年5月27日' },
  },
  // Only the two annexes: the schedule's title names the year. The rubric's 2023 (`2023年7月至今`,
  // `晋市创文办函〔2023〕3号`) is last year's work and a cited document, not a deadline or this notice's number.
  'seed001.xlsx': {
    year: { value: 2024, from: 'title', sheet: '附件1', cell: 'A2', text: '晋城市城市管理局 2024 年度联点共建活动安排表' },
  },
  // Annexes 3–5 without the notice: no year anywhere (`12月底前完成`), no date, no phone.
  'seed002.xlsx': {},
  // The 考核办法 paragraphs name no year; the score sheet's title does.
  'seed003.xlsx': {
    year: { value: 2024, from: 'title', sheet: '月度考核', cell: 'A1', text: '2024年度各村（社区）环境卫生月度考核得分表' },
  },
  // The checklist's title names the year; `资府办发(2020) 28号` in a table cell cites another document.
  // Mobiles only (资阳 028): no area code.
  'seed004.xlsx': {
    year: { value: 2021, from: 'title', sheet: '附件1', cell: 'A2', text: '资阳市民政局创建全国文明城市网上申报2021年对标责任清单' },
  },
};

describe.each(SEED_FIXTURES)('%s', (name) => {
  test('infers what the workbook states, with the cell it came from, and nothing else', async () => {
    expect(await inferredOf(name)).toEqual(EXPECTED[name]);
  });
});

test('variants.xlsx: the area code of its landlines (0392-3311234, 0392-3311235)', async () => {
  expect((await inferredOf('variants.xlsx')).areaCode).toMatchObject({ value: '0392', from: 'landlines' });
});
