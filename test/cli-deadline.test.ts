import { runCliCaptured } from './support/run-cli';

describe('wenming deadline', () => {
  test('prints one readable Chinese line per phrase', async () => {
    const { code, stdout, stderr } = await runCliCaptured(['deadline', '--year', '2024', '10月至12月上旬', '6月底', '每月5日前', '5个工作日内', '长期坚持', '见附件']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')).toEqual([
      '10月至12月上旬 → 区间 2024-10-01 至 2024-12-10',
      '6月底 → 截止 2024-06-30',
      '每月5日前 → 周期 每月 5日',
      '5个工作日内 → 相对 5 个工作日',
      '长期坚持 → 持续（无截止日期）',
      '见附件 → 无法识别',
      '',
    ]);
  });

  test('--json prints exactly {"deadlines":[…]} in the shape of DOMAIN §7', async () => {
    const { code, stdout } = await runCliCaptured([
      'deadline', '--json', '--year', '2019', '12月1日至2020年1月31日', '于2024年7月30日(星期二)前', '每个月的第一个星期六', '3-5个工作日', '2022年10月起',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      deadlines: [
        { text: '12月1日至2020年1月31日', kind: 'interval', start: '2019-12-01', end: '2020-01-31' },
        { text: '于2024年7月30日(星期二)前', kind: 'by', start: null, end: '2024-07-30' },
        { text: '每个月的第一个星期六', kind: 'recurring', start: null, end: null, cadence: 'month', day: '6#1' },
        { text: '3-5个工作日', kind: 'relative', start: null, end: null, amount: 5, unit: 'workday' },
        { text: '2022年10月起', kind: 'ongoing', start: '2022-10-01', end: null },
      ],
    });
  });

  test('without --year a yearless phrase says it needs one, and its dates are null', async () => {
    const { code, stdout } = await runCliCaptured(['deadline', '--json', '6月5日前']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).deadlines).toEqual([{ text: '6月5日前', kind: 'by', start: null, end: null, reason: 'no-year' }]);
    expect((await runCliCaptured(['deadline', '6月5日前'])).stdout).toBe('6月5日前 → 截止（没有年份，无法落到日历上：请指定年份）\n');
  });

  test('exits 1 for a day that does not exist or a reversed range, as check reports them as errors', async () => {
    const { code, stdout } = await runCliCaptured(['deadline', '--year', '2024', '6月31日', '9月30日至6月6日']);
    expect(code).toBe(1);
    expect(stdout).toBe('6月31日 → 无法识别：日期不存在\n9月30日至6月6日 → 区间 2024-09-30 至 2024-06-06（起止颠倒）\n');
  });

  test.each([
    [['deadline'], '缺少参数 短语'],
    [['deadline', '--year', '24', '6月5日前'], '四位年份'],
    [['deadline', '--year'], '缺少取值'],
    [['deadline', '--bogus', '6月5日前'], '未知选项 --bogus'],
  ])('%j exits 2 with a Chinese message and no stack trace', async (argv, message) => {
    const { code, stderr } = await runCliCaptured(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/error:|\n\s+at /);
  });

  test('--help is in Chinese', async () => {
    const { code, stdout } = await runCliCaptured(['deadline', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('用法： wenming deadline [选项] <短语...>');
    expect(stdout).toContain('--year <年份>');
  });
});
