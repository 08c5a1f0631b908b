import { NO_CORRECTIONS } from '../../core/recognize/corrections';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkbookGrids } from '../../core/grid/grid';
import { gridFromRows } from '../../core/grid/grid';
import { XlsxHost } from '../../hosts/xlsx/xlsx-host';
import { EN, ZH_CN } from '../strings';
import { describeScoreSheet } from '../tabs/score/describe-score-sheet';
import type { Analysis } from './core-jobs';
import { inThreadCoreRunner } from './core-runner';
import { chooseScoreSheet } from './score-sheet-name';
import type { ScoreJobOptions, ScoreJobResult } from './score-job';

const SEED000 = join(__dirname, '../../../test/fixtures/seed000.xlsx');
const STAR = [{ label: '三星级', min: 80 }, { label: '四星级', min: 90 }, { label: '五星级', min: 95 }];

async function open(): Promise<{ host: XlsxHost; workbook: WorkbookGrids; analysis: Analysis }> {
  const host = await XlsxHost.fromBuffer(readFileSync(SEED000));
  const workbook = await host.readWorkbook();
  const analysis = await inThreadCoreRunner().run({ job: 'analyze', workbook, settings: {}, corrections: NO_CORRECTIONS }, () => undefined).result;
  return { host, workbook, analysis };
}

function score(workbook: WorkbookGrids, analysis: Analysis, options: Partial<ScoreJobOptions> = {}): Promise<ScoreJobResult> {
  const rubric = analysis.tables.find((t) => t.kind === 'rubric')!;
  const source = analysis.entitySources[0];
  return inThreadCoreRunner().run({
    job: 'score', workbook, rubric,
    options: { entities: source.names, entityRole: source.role, levels: STAR, target: { level: '三星级', share: 0.5 }, protect: false, ...options },
  }, () => undefined).result;
}

describe('score job (评分 tab)', () => {
  it('builds 评分表 for seed 000 附件2 and the 46 淇滨区 communities, and says where everything is', async () => {
    const { host, workbook, analysis } = await open();
    expect(analysis.rubrics).toEqual([expect.objectContaining({ tableKey: '附件2!A3', items: 16, fullScore: 100 })]);
    const result = await score(workbook, analysis);
    if (!result.ok) throw new Error(result.reason);
    expect(result.layout).toMatchObject({ sheet: '评分表', firstRow: 4, lastRow: 49, entityColumn: 'B' });
    expect(result.plan.ops[0]).toEqual({ op: 'addSheet', sheet: '评分表', replace: true, activate: true });
    expect(result.plan.ops.some((op) => op.op === 'validation')).toBe(true);
    expect(result.plan.ops.some((op) => op.op === 'protect')).toBe(false);
    await host.applyEditPlan(result.plan);
    const sheet = host.workbook.getWorksheet('评分表')!;
    expect(sheet.getCell('B4').text).toBe(analysis.entitySources[0].names[0]);
    expect(sheet.getCell('B3').text).toBe('社区名称');
    for (const column of [result.layout.total, result.layout.level!, result.layout.rank]) {
      for (let row = 4; row <= 49; row++) expect(sheet.getCell(`${column}${row}`).formula).toEqual(expect.any(String));
    }
    const said = describeScoreSheet(result, ZH_CN);
    expect(said.text).toBe('已生成评分表“评分表”');
    expect(said.details).toMatchInlineSnapshot(`
      [
        "第 4～49 行，每行一个对象（共 46 个），16 个评分项；得分单元格有数据验证",
        "总分在 U 列，等级在 V 列，名次在 W 列，均为公式",
        "分数线在 Z7:Z9，目标等级在 Z14、目标占比在 Z15（右侧黄色单元格，可修改）",
      ]
    `);
    expect(describeScoreSheet(result, EN).text).toBe('Score sheet “评分表” built');
  });

  it('writes the edited thresholds and the goal into the settings cells, and protects on request', async () => {
    const { workbook, analysis } = await open();
    const result = await score(workbook, analysis, { levels: [{ label: '达标', min: 85 }, { label: '优秀', min: 93 }], target: { level: '优秀', share: 0.3 }, protect: true });
    if (!result.ok) throw new Error(result.reason);
    const values = result.plan.ops.flatMap((op) => (op.op === 'setValues' ? op.values.flat() : []));
    expect(values).toEqual(expect.arrayContaining(['达标', 85, '优秀', 93, 0.3]));
    expect(values).not.toContain('三星级');
    expect(result.plan.ops.some((op) => op.op === 'protect')).toBe(true);
  });

  it('replaces a score sheet it built, and steps around the user’s own 评分表', async () => {
    const { host, workbook, analysis } = await open();
    const first = await score(workbook, analysis);
    if (!first.ok) throw new Error(first.reason);
    await host.applyEditPlan(first.plan);
    const again = await host.readWorkbook();
    expect(chooseScoreSheet(again)).toEqual({ sheet: '评分表', replaces: true });
    const second = await score(again, analysis);
    expect(second.ok && describeScoreSheet(second, ZH_CN).details).toContain('已替换之前生成的“评分表”。');

    const own = { sheets: [...workbook.sheets, gridFromRows('评分表', [['社区', '得分'], ['迎宾社区', 90]])] };
    expect(chooseScoreSheet(own)).toEqual({ sheet: '评分表（2）', replaces: false, taken: '评分表' });
    const third = await score(own, analysis);
    expect(third.ok && describeScoreSheet(third, ZH_CN).details).toContain('工作表“评分表”已有其他内容，评分表写在“评分表（2）”，原表保持不变。');
  });

  it('turns bad input into reasons the pane says in the display language', async () => {
    const { workbook, analysis } = await open();
    const cases: [Partial<ScoreJobOptions>, string][] = [
      [{ entities: [] }, '没有评分对象：请选择一个表格，或手动输入名称。'],
      [{ target: { level: '六星级', share: 0.5 } }, '目标等级不在等级阈值之中。'],
    ];
    for (const [options, message] of cases) {
      const result = await score(workbook, analysis, options);
      expect(() => describeScoreSheet(result, ZH_CN)).toThrow(message);
    }
    const gone = await score({ sheets: workbook.sheets.filter((g) => g.name !== '附件2') }, analysis);
    expect(gone).toEqual({ ok: false, reason: 'rubricMissing' });
    expect(() => describeScoreSheet(gone, EN)).toThrow('The chosen rubric is gone; click Reload and try again.');
  });
});
