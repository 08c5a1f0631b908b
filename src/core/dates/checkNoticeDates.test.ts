import { gridFromRows } from '../grid/grid';
import type { Settings } from '../settings';
import { checkNoticeDates } from './checkNoticeDates';
import { SEED_000_STEPS, SEED_003_STEPS } from './_test/seedTables';

const seed000: Settings = { period: { start: '2020-05-01', end: '2020-12-31' }, issued: '2020-05-27' };
/** Seed 000's notice: its five 完成时限 lines, its 实施步骤 and its date line. */
const SEED_000_DEADLINES = ['完成时限：2020年6月30日前', '完成时限：2020年8月30日前', '完成时限：2020年7月30日前', '完成时限：2020年9月10日前', '完成时限：2020年8月30日前'];
const notice = (lines: string[]) => gridFromRows('通知', [['关于进一步做好文明单位结对社区共建工作的通知'], ...lines.map((t) => [t]), ['2020年5月27日']]);
const run = (lines: string[], settings: Settings) => checkNoticeDates({ workbook: { sheets: [notice(lines)] }, tables: [], settings });

describe('checkNoticeDates', () => {
  it('checks seed 000: two deadlines fall on a Sunday, the phases join up', () => {
    expect(run([...SEED_000_DEADLINES, ...SEED_000_STEPS], seed000)).toMatchInlineSnapshot(`
[
  {
    "cell": "A3",
    "code": "DATE_ON_HOLIDAY",
    "message": "时限“2020年8月30日前”（2020年8月30日）是法定节假日或休息日（星期日）",
    "params": {
      "date": "2020年8月30日",
      "holiday": "星期日",
      "iso": "2020-08-30",
      "text": "2020年8月30日前",
      "workday": "2020年8月28日（星期五）",
      "workdayIso": "2020-08-28",
    },
    "severity": "info",
    "sheet": "通知",
    "suggestion": "可考虑提前到最近的工作日 2020年8月28日（星期五）",
  },
  {
    "cell": "A6",
    "code": "DATE_ON_HOLIDAY",
    "message": "时限“2020年8月30日前”（2020年8月30日）是法定节假日或休息日（星期日）",
    "params": {
      "date": "2020年8月30日",
      "holiday": "星期日",
      "iso": "2020-08-30",
      "text": "2020年8月30日前",
      "workday": "2020年8月28日（星期五）",
      "workdayIso": "2020-08-28",
    },
    "severity": "info",
    "sheet": "通知",
    "suggestion": "可考虑提前到最近的工作日 2020年8月28日（星期五）",
  },
]
`);
  });

  it('finds nothing wrong in seed 003 工作安排 (year from the notice date)', () => {
    expect(run(SEED_003_STEPS, {})).toEqual([]);
  });

  it('takes the year from the notice date when no setting gives it', () => {
    const steps = SEED_000_STEPS.map((t) => t.replace('6月6日至9月30日', '6月6日至10月10日'));
    expect(run(steps, {}).map((f) => `${f.cell} ${f.code}`)).toEqual(['A5 PHASE_OVERLAP']);
  });

  it('reads a notice sheet even when the recogniser saw an unknown table on it', () => {
    const grid = notice(SEED_000_DEADLINES);
    const unknown = { sheet: '通知', kind: 'unknown' as const, headerRows: [], range: { top: 0, left: 0, bottom: 6, right: 0 }, columns: [], dataRows: [], repeatedHeaderRows: [], noteRows: [] };
    expect(checkNoticeDates({ workbook: { sheets: [grid] }, tables: [unknown], settings: seed000 }).map((f) => `${f.cell} ${f.code}`))
      .toEqual(['A3 DATE_ON_HOLIDAY', 'A6 DATE_ON_HOLIDAY']);
  });

  it('leaves deadline cells of recognised tables to checkDates', () => {
    const grid = gridFromRows('附件5', [['目标分解表'], ['目标', '完成时限'], ['甲', '完成时限：2020年8月30日前']]);
    const table = { sheet: '附件5', kind: 'task-breakdown' as const, headerRows: [1], range: { top: 1, left: 0, bottom: 2, right: 1 }, columns: [{ role: 'deadline' as const, col: 1, header: '完成时限' }], dataRows: [2], repeatedHeaderRows: [], noteRows: [] };
    expect(checkNoticeDates({ workbook: { sheets: [grid] }, tables: [table], settings: { year: 2020 } })).toEqual([]);
  });

  it('is quiet on sheets with neither', () => {
    expect(run(['一、活动目的', '二、时间安排', '2020年5月至12月。'], seed000)).toEqual([]);
  });
});
