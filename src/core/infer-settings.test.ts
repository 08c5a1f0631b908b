import { sheetWithTable } from './dates/_test/seedTables';
import { gridFromRows, type CellValue, type Grid } from './grid/grid';
import { inferSettings } from './infer-settings';
import type { RecognizedTable } from './recognize/recognized-table';

const notice = (...lines: CellValue[]): Grid => gridFromRows('通知', lines.map((l) => [l]));
/** Each setting as `value@cell(from)`, conflicts after a bar. */
function summary(sheets: Grid[], tables: RecognizedTable[] = []): Record<string, string> {
  const inferred = inferSettings({ sheets }, tables);
  return Object.fromEntries(Object.entries(inferred).map(([key, s]) => {
    const value = typeof s.value === 'object' ? `${s.value.start}/${s.value.end}` : String(s.value);
    const conflicts = (s.conflicts ?? []).map((c: { value: unknown; cell: string; from: string }) => `${typeof c.value === 'object' ? JSON.stringify(c.value) : String(c.value)}@${c.cell}(${c.from})`);
    return [key, [`${value}@${s.cell}(${s.from})`, ...conflicts].join(' | ')];
  }));
}

describe('inferSettings', () => {
  it.each([
    ['nothing to read', [notice('关于…的通知', '正文。')], {}],
    ['the document number', [notice('鹤创文办〔2020〕5号', '关于…的通知')], { year: '2020@A1(document-number)' }],
    ['the signing date: the issue date and the year', [notice('关于…的通知', '正文。', '2020年5月27日')], { year: '2020@A3(signing-date)', issued: '2020-05-27@A3(signing-date)' }],
    ['the period in the text, and its year', [notice('二、时间安排', '2020年5月至12月。正文。')], { year: '2020@A2(period-text)', period: '2020-05-01/2020-12-31@A2(period-text)' }],
    ['a period across two years gives no year', [notice('活动时间：2020年10月至2021年6月')], { period: '2020-10-01/2021-06-30@A1(period-text)' }],
    ['a deadline\'s year', [notice('完成时限：2020年6月30日前')], { year: '2020@A1(deadlines)' }],
    ['a yearless deadline says nothing', [notice('完成时限：6月30日前')], {}],
    ['the landlines\' area code', [notice('联系电话：0392-3311234')], { areaCode: '0392@A1(landlines)' }],
    ['the document number is shown for the year when all agree', [notice('鹤创文办〔2020〕5号', '二、时间安排', '2020年5月至12月。', '2020年5月27日')],
      { year: '2020@A1(document-number)', period: '2020-05-01/2020-12-31@A3(period-text)', issued: '2020-05-27@A4(signing-date)' }],
  ] as const)('%s', (_, sheets, expected) => expect(summary([...sheets])).toEqual(expected));

  describe('when sources disagree, the best-supported value is kept and the others are reported', () => {
    it('a notice signed in December for next year\'s campaign: the stated period decides the year', () => {
      expect(summary([notice('鹤创文办〔2019〕88号', '二、时间安排', '2020年1月至12月。', '完成时限：2020年6月30日前', '2019年12月20日')])).toEqual({
        year: '2020@A3(period-text) | 2019@A1(document-number)',
        period: '2020-01-01/2020-12-31@A3(period-text)',
        issued: '2019-12-20@A5(signing-date)',
      });
    });

    it('a stale deadline year does not outvote the document number', () => {
      expect(summary([notice('鹤创文办〔2020〕5号', '完成时限：2019年6月30日前', '完成时限：2019年7月30日前', '完成时限：2019年8月30日前')]).year)
        .toBe('2020@A1(document-number) | 2019@A2(deadlines)');
    });

    it('two signing dates on two sheets', () => {
      const second = gridFromRows('附件2', [['附件2'], ['正文'], ['2020年6月1日']]);
      expect(summary([notice('正文', '2020年5月27日'), second]).issued).toBe('2020-05-27@A2(signing-date) | 2020-06-01@A3(signing-date)');
    });

    it('phases that reach past the stated period', () => {
      const steps = ['二、时间安排', '2020年5月至10月。', '（一）启动阶段（5月1日至6月5日）。', '（二）实施阶段（6月6日至11月30日）。'];
      expect(summary([notice('鹤创文办〔2020〕5号', ...steps)]).period)
        .toBe('2020-05-01/2020-10-31@A3(period-text) | {"start":"2020-05-01","end":"2020-11-30"}@A4(phases)');
    });

    it('landlines of several cities: the most common area code', () => {
      expect(summary([notice('0392-3311234', '0392-3311235', '0371-66651234')]).areaCode).toBe('0392@A1(landlines) | 0371@A3(landlines)');
    });
  });

  it('phases that lie inside the stated period agree with it', () => {
    const steps = ['二、时间安排', '2020年5月至12月。', '（一）对接启动阶段（6月5日前）。', '（二）组织实施阶段（6月6日至9月30日）。', '（三）巩固提升阶段（10月至12月上旬）。', '（四）总结讲评阶段（12月中下旬）。'];
    expect(summary([notice('鹤创文办〔2020〕5号', ...steps)]).period).toBe('2020-05-01/2020-12-31@A3(period-text)');
  });

  it('with no stated period, the span of the phases placed in the year', () => {
    const steps = ['鹤创文办〔2021〕5号', '（一）启动阶段（4月下旬—5月上旬）。', '（二）实施阶段（5月中旬—6月下旬）。'];
    expect(summary([notice(...steps)]).period).toBe('2021-04-21/2021-06-30@A2(phases)');
  });

  it('a table title gives the year', () => {
    const { grid, table } = sheetWithTable('附件1', 'monthly-schedule', '晋城市城市管理局 2024 年度联点共建活动安排表', [['时 间', 'month'], ['责任单位', 'unit']], [['1 月', '六大队']]);
    expect(summary([grid], [table])).toEqual({ year: '2024@A1(title)' });
  });

  it('dates inside a table are records, not the notice\'s own date or number', () => {
    const { grid, table } = sheetWithTable('附件5', 'task-breakdown', '目标分解表', [['目标', 'task'], ['文号', 'note'], ['完成时限', 'deadline']], [
      ['社区改造', '鹤创文办〔2019〕9号', '2020年6月30日'],
    ]);
    expect(summary([grid], [table])).toEqual({ year: '2020@C3(deadlines)' });
  });
});
