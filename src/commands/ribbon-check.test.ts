import { ALL_CAPABILITIES } from '../hosts/office/office-capabilities';
import { OfficeHost } from '../hosts/office/office-host';
import { FakeExcel } from '../hosts/office/_test/fake-excel';
import { FakeWorkbook } from '../hosts/office/_test/fake-workbook';
import { describeRibbonCheck, ribbonCheckFailure, runRibbonCheck } from './ribbon-check';
import { HostError } from '../hosts/workbook-host';
import { ribbonResultUrl } from './show-ribbon-result';

const PLAN = [
  ['附件1'],
  ['文明单位结对社区共建活动计划表（淇滨区2个）'],
  ['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话'],
  [1, '市委办公室', '长江社区', '长江路', '郭小倩13939263117'],
  [2, '市委党校', '黄河社区', '黄河路', '郭玉功 1513929295'],
];

async function hostOver(rows: Record<string, unknown[][]>, active: number, protect = false) {
  const workbook = FakeWorkbook.fromRows(rows as never);
  workbook.activeSheet = active;
  if (protect) workbook.sheets[active].protected = true;
  const excel = new FakeExcel(workbook);
  return { workbook, excel, host: await OfficeHost.create({ run: excel.run, capabilities: ALL_CAPABILITIES }) };
}

describe('校验当前工作表 tells the user what happened', () => {
  it('reports the sheet, its tables and the findings, with the same syncs as before', async () => {
    const { excel, host } = await hostOver({ 通知: [['关于……的通知']], 附件1: PLAN }, 1);
    excel.syncs = 0;
    const outcome = await runRibbonCheck(host);
    expect(excel.syncs).toBe(3);
    expect(outcome).toMatchObject({ ok: true, sheet: '附件1', tables: 1 });
    const message = describeRibbonCheck(outcome);
    expect(message.title).toBe('校验完成');
    expect(message.lines[0]).toMatch(/^已校验工作表“附件1”：识别到 1 个表格，发现 \d+ 个问题。$/);
    expect(message.lines[1]).toContain('校验结果');
  });

  it('says when the sheet holds no campaign table', async () => {
    const { host } = await hostOver({ 通知: [['关于开展文明创建工作的通知'], ['各单位：']] }, 0);
    const message = describeRibbonCheck(await runRibbonCheck(host));
    expect(message).toEqual({
      title: '没有找到表格',
      lines: [
        '工作表“通知”中没有识别到文明创建表格（结对计划、评分标准、任务分解等）。',
        '请切换到表格所在的工作表再校验，或在“表格助手”任务窗格的“识别”选项卡中指定表格类型。',
      ],
    });
  });

  it('says that a protected sheet was checked but not marked', async () => {
    const { workbook, host } = await hostOver({ 附件1: PLAN }, 0, true);
    const outcome = await runRibbonCheck(host);
    expect(outcome).toMatchObject({ ok: true, sheet: '附件1', tables: 1, protected: true });
    expect(describeRibbonCheck(outcome).lines[1]).toBe('工作表“附件1”受保护，本工具不修改它：问题没有标在单元格上，全部列在“校验结果”工作表中（撤销工作表保护后再校验即可标注）。');
    expect(workbook.sheet('附件1')!.cell(4, 4)?.fill ?? null).toBeNull();
  });

  it('words an unexpected error and keeps a known one as it is', () => {
    expect(describeRibbonCheck(ribbonCheckFailure(new Error('boom'))).lines[0]).toBe('校验当前工作表时出错：boom');
    expect(describeRibbonCheck(ribbonCheckFailure(new HostError('单元格正在编辑中。'))).lines).toEqual(['单元格正在编辑中。']);
  });
});

describe('ribbonResultUrl', () => {
  it('puts the dialog beside the function file, with the title and each line in the query', () => {
    const url = new URL(ribbonResultUrl('https://wenming.example.gov.cn/addin/commands.html', { title: '校验完成', lines: ['第一行', '第二行'] }));
    expect(url.origin + url.pathname).toBe('https://wenming.example.gov.cn/addin/ribbon-result.html');
    expect([url.searchParams.get('title'), url.searchParams.getAll('line')]).toEqual(['校验完成', ['第一行', '第二行']]);
  });

  it('keeps the query short when the message is long', () => {
    const url = new URL(ribbonResultUrl('https://a.example/commands.html', { title: 't', lines: ['长'.repeat(1000), '长'.repeat(1000), '不显示'] }));
    expect(url.searchParams.getAll('line').map((l) => l.length)).toEqual([1000, 500]);
  });
});
