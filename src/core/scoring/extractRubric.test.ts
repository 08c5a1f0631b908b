import fc from 'fast-check';
import type { CellValue, Grid } from '../grid/grid';
import type { RecognizedTable } from '../recognize/recognized-table';
import { extractRubric } from './extractRubric';
import { seed000Rubric, seed001Rubric, type SeedTable } from './_test/seedTables';

/** A copy of a seed table with some cells replaced. */
function edit(seed: SeedTable, cells: readonly [number, number, CellValue][], table: Partial<RecognizedTable> = {}): SeedTable {
  const values = seed.grid.values.map((row) => [...row]);
  for (const [row, col, value] of cells) values[row][col] = value;
  return { grid: { ...seed.grid, values }, table: { ...seed.table, ...table } };
}

const summary = (seed: SeedTable) => {
  const { rubric, findings } = extractRubric(seed.table, seed.grid);
  return { rubric, findings };
};

describe('extractRubric: seed 000 (鹤壁市星级文明小区评选标准)', () => {
  it.each([['blank cells', false], ['merged cells', true]])('reads categories from %s', (_, merged) => {
    const { rubric, findings } = summary(seed000Rubric({ merged }));
    expect(findings).toEqual([]);
    expect(rubric.items.map((i) => [i.id, i.max])).toEqual(
      [5, 5, 5, 5, 10, 6, 10, 5, 10, 10, 5, 5, 6, 5, 5, 3].map((max, i) => [String(i + 1), max]),
    );
    expect(rubric.categories.map((c) => [c.name, c.total, c.itemIds.length, c.bonus])).toEqual([
      ['环境建设好', 20, 4, false],
      ['文化氛围好', 10, 1, false],
      ['卫生环境好', 21, 3, false],
      ['物业管理好', 30, 4, false],
      ['居民素质好', 11, 2, false],
      ['志愿服务好', 5, 1, false],
      ['加分项目', 3, 1, true],
    ]);
    expect([rubric.baseTotal, rubric.bonusTotal, rubric.fullScore, rubric.declaredFullScore]).toEqual([97, 3, 100, undefined]);
  });

  it('reads the bonus item with increments and cap, and the levels from the note', () => {
    const { rubric } = summary(seed000Rubric());
    expect(rubric.items[15]).toMatchObject({
      id: '16', bonus: true, max: 3, maxSource: 'text', category: '加分项目', method: '查阅资料',
      parts: [{ kind: 'count', label: '市级以上荣誉', points: 0.5 }, { kind: 'count', label: '市厅级以上荣誉', points: 1 }],
    });
    expect(rubric.items[0]).toMatchObject({ name: '路面硬化、环境美化、绿化', maxSource: 'text', parts: [{ kind: 'points', max: 5 }] });
    expect(rubric.levels).toEqual([{ label: '三星级', min: 80 }, { label: '四星级', min: 90 }, { label: '五星级', min: 95 }]);
    expect(rubric.belowLabel).toBe('未达标');
  });

  it('reports an item without points, a declared full score that does not add up, and thresholds out of order', () => {
    const seed = edit(seed000Rubric(), [
      [5, 1, '3.小区公共照明设施完好率达到100%。'],
      [19, 0, '注：三星级文明小区80分以上；四星级文明小区78分以上；五星级文明小区95分以上。'],
    ]);
    expect(summary(seed).findings).toMatchInlineSnapshot(`
[
  {
    "cell": "B6",
    "code": "RUBRIC_POINTS_MISSING",
    "message": "评分项“3.小区公共照明设施完好率达到100%”没有分值",
    "params": {
      "item": "3.小区公共照明设施完好率达到100%",
    },
    "severity": "warning",
    "sheet": "附件2",
    "suggestion": "请在分值列或条文中注明，如“（5分）”",
  },
  {
    "cell": "A20",
    "code": "THRESHOLD_ORDER",
    "message": "等级门槛顺序不对：“四星级”78 分不高于“三星级”80 分",
    "params": {
      "label": "四星级",
      "otherLabel": "三星级",
      "otherValue": 80,
      "value": 78,
    },
    "severity": "error",
    "sheet": "附件2",
    "suggestion": "等级越高，门槛分应越高",
  },
]
`);
    const full = edit(seed000Rubric(), [[7, 1, '5.小区醒目位置设置有宣传版面。（8分）']], { title: '鹤壁市星级文明小区评选标准（满分100分）' });
    expect(summary(full).findings.map((f) => [f.code, f.cell, f.message])).toEqual([
      ['RUBRIC_SUM_MISMATCH', 'A2', '全表分值合计 98 分，与标明的 100 分不符'],
    ]);
    expect(summary(full).rubric.fullScore).toBe(100);
  });
});

describe('extractRubric: seed 001 (责任单位创建全国文明城市工作测评表)', () => {
  it('reads category rows with their declared totals; everything adds up to 100', () => {
    const { rubric, findings } = summary(seed001Rubric());
    expect(findings).toEqual([]);
    expect(rubric.categories.map((c) => [c.name, c.declaredTotal, c.total, c.itemIds.join(','), c.bonus])).toEqual([
      ['一、联点共建情况', 46, 46, '1,2,3,4,5,6', false],
      ['二、志愿服务情况', 15, 15, '7,8', false],
      ['三、公益广告落实情况', 10, 10, '9', false],
      ['四、环境、秩序、安全情况', 10, 10, '10,11,12,13,14,15', false],
      ['五、创文工作落实情况', 6, 6, '16,17,18', false],
      ['六、特色创建工作或活动', 3, 3, '19', true],
      ['七、材料申报情况', 10, 10, '20,21', false],
    ]);
    expect([rubric.baseTotal, rubric.bonusTotal, rubric.fullScore]).toEqual([97, 3, 100]);
    expect(rubric.levels).toEqual([]);
  });

  it('lets the 分值 column win over sub-points in the text, and joins a row split across a page', () => {
    const { rubric } = summary(seed001Rubric());
    const item = (id: string) => rubric.items.find((i) => i.id === id)!;
    expect(item('1')).toMatchObject({ name: '党员干部入户宣传', max: 2, maxSource: 'column', parts: [{ kind: 'points', max: 2 }] });
    expect(item('12')).toMatchObject({ max: 1, parts: [{ kind: 'points', max: 1 }] });
    expect(item('8').text.startsWith('①查看单位组织参加文明交通劝导')).toBe(true);
    expect(item('8').parts).toEqual([
      { kind: 'options', label: '①', max: 5, options: [
        { label: '按规定组织', points: 5 }, { label: '未按规定组织', points: 3 }, { label: '不作为', points: 2 }, { label: '未组织', points: 0 }] },
      { kind: 'options', label: '②', max: 3, options: [
        { label: '按规定组织三项以上', points: 3 }, { label: '开展两项活动', points: 2 }, { label: '开展一项活动', points: 1 }, { label: '未组织', points: 0 }] },
      { kind: 'points', label: '③', max: 4 },
    ]);
    expect(item('19')).toMatchObject({ bonus: true, max: 3, parts: [{ kind: 'points', max: 3 }] });
  });

  it('reports a category whose items do not reach its declared total, and parts that disagree with 分值', () => {
    const seed = edit(seed001Rubric(), [[7, 3, 15], [17, 3, 10]]);
    expect(summary(seed).findings.map((f) => [f.code, f.cell, f.message])).toEqual([
      ['RUBRIC_SUM_MISMATCH', 'A18', '第8项各分项分值合计 12 分，与标明的 10 分不符'],
      ['RUBRIC_SUM_MISMATCH', 'D6', '“一、联点共建情况”分值合计 44 分，与标明的 46 分不符'],
      ['RUBRIC_SUM_MISMATCH', 'D14', '“二、志愿服务情况”分值合计 13 分，与标明的 15 分不符'],
    ]);
  });
});

describe('extractRubric: other layouts', () => {
  it('reads grade options, a total row and 优秀/良好/合格 levels from the title', () => {
    const rows: CellValue[][] = [
      ['社区文明创建考评表（满分20分，90分以上为优秀，75-89分为良好，60-74分为合格，60分以下为不合格）'],
      ['序号', '考核内容', '分值'],
      [1, '台账资料，考核结果分A级得10分、B级得8分、C级得6分、D级不得分', 10],
      [2, '环境卫生（10分）', null],
      [null, '合 计', 20],
    ];
    const grid: Grid = { name: "O'Brien", values: rows, merges: [] };
    const table: RecognizedTable = {
      sheet: "O'Brien", kind: 'rubric', title: String(rows[0][0]), titleRow: 0, headerRows: [1],
      range: { top: 1, left: 0, bottom: 4, right: 2 },
      columns: [{ role: 'seq', col: 0, header: '序号' }, { role: 'criterion', col: 1, header: '考核内容' }, { role: 'maxPoints', col: 2, header: '分值' }],
      dataRows: [2, 3, 4], repeatedHeaderRows: [], noteRows: [],
    };
    const { rubric, findings } = extractRubric(table, grid);
    expect(findings).toEqual([]);
    expect(rubric.items.map((i) => [i.id, i.max, i.parts.map((p) => p.kind).join()])).toEqual([['1', 10, 'options'], ['2', 10, 'points']]);
    expect(rubric.items[0].parts[0]).toMatchObject({ options: [{ label: 'A级', points: 10 }, { label: 'B级', points: 8 }, { label: 'C级', points: 6 }, { label: 'D级', points: 0 }] });
    expect(rubric.levels).toEqual([{ label: '合格', min: 60 }, { label: '良好', min: 75 }, { label: '优秀', min: 90 }]);
    expect(rubric.belowLabel).toBe('不合格');
    expect(rubric.fullScore).toBe(20);
  });

  it('refuses a table that is not a rubric (a caller bug)', () => {
    const { grid, table } = seed000Rubric();
    expect(() => extractRubric({ ...table, kind: 'roster' }, grid)).toThrow('extractRubric: expected a rubric table, got roster');
    expect(() => extractRubric(table, { ...grid, name: '附件1' })).toThrow('extractRubric: the table is on sheet "附件2", the grid is "附件1"');
  });

  it('never throws on any cell contents (property)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'一、1.①②（）分加满为止每项最多可05“”A级不得注：满分以上三星级优秀 '.split('')), maxLength: 30 });
    const cell = fc.oneof(text, fc.constant(null), fc.double({ noNaN: true, min: -10, max: 100 }), fc.string({ maxLength: 5 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 6 }), text, (body, note) => {
        const values = [['标题'], ['检查项目', '考核办法', '分值'], ...body.map((r) => [...r]), [note]];
        const grid: Grid = { name: 'S', values, merges: [] };
        const table: RecognizedTable = {
          sheet: 'S', kind: 'rubric', title: '标题', titleRow: 0, headerRows: [1], range: { top: 1, left: 0, bottom: body.length + 1, right: 2 },
          columns: [{ role: 'category', col: 0, header: '检查项目' }, { role: 'criterion', col: 1, header: '考核办法' }, { role: 'maxPoints', col: 2, header: '分值' }],
          dataRows: body.map((_, i) => i + 2), repeatedHeaderRows: [], noteRows: [body.length + 2],
        };
        const { rubric } = extractRubric(table, grid);
        expect(rubric.levels.every((l, i) => i === 0 || l.min >= rubric.levels[i - 1].min)).toBe(true);
        expect(new Set(rubric.items.map((i) => i.id)).size).toBe(rubric.items.length);
      }),
      { numRuns: 10000 },
    );
  });
});
