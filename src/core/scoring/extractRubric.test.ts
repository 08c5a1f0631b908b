import fc from 'fast-check';
import type { CellValue, Grid } from '../grid/grid';
import { columnIndex, parseRange } from '../grid/a1';
import type { RecognizedTable } from '../recognize/recognized-table';
import type { ColumnRole } from '../recognize/table-kind';
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

/**
 * A rubric as a recogniser hands it over: row 1 the title, the `above` lines, the header, data below;
 * `columns` maps roles to letters (a role may hold several), `merges` are A1 ranges.
 */
function layout(rows: CellValue[][], columns: Partial<Record<ColumnRole, string | string[]>>, merges: string[] = [], above: CellValue[][] = []): SeedTable {
  const values: CellValue[][] = [['测评表'], ...above, Object.keys(columns).map(() => '表头'), ...rows];
  const header = above.length + 1;
  const grid: Grid = { name: '测评', values, merges: merges.map((m) => parseRange(m)) };
  const bound = Object.entries(columns).flatMap(([role, letters]) => [letters].flat().map((l) => ({ role: role as ColumnRole, col: columnIndex(l!), header: role })));
  const table: RecognizedTable = {
    sheet: '测评', kind: 'rubric', title: '测评表', titleRow: 0, headerRows: [header],
    range: { top: header, left: 0, bottom: values.length - 1, right: Math.max(...bound.map((b) => b.col)) },
    columns: bound, dataRows: rows.map((_, i) => header + 1 + i), repeatedHeaderRows: [], noteRows: [],
  };
  return { grid, table };
}

const read = (seed: SeedTable) => {
  const { rubric, findings } = extractRubric(seed.table, seed.grid);
  return {
    maxima: rubric.items.map((i) => i.max ?? null),
    totals: rubric.categories.map((c) => c.declaredTotal ?? null),
    categories: rubric.categories.map((c) => `${c.parent ? `${c.parent}/` : ''}${c.name}:${c.itemIds.join(',')}`),
    full: rubric.declaredFullScore,
    findings: findings.map((f) => `${f.cell} ${f.code} ${f.message}`),
    rubric,
  };
};

describe('extractRubric: layouts of real documents', () => {
  it.each([['merged', ['A3:A5', 'A6:A7']], ['blank "same as above"', []]])('category totals written after the name, items closing with （n分） (%s)', (_, merges) => {
    const seed = layout([
      ['一、制度完善10分', '1、建立议事制度，重大事务民主决策（4分）', '查阅资料'],
      [null, '2、居务公开，每季度更新（3分）', '查阅资料'],
      [null, '3、有专人负责各项工作（3分）', '查阅资料'],
      ['二、环境整洁8分', '1、道路平整，无积水（4分）', '实地察看'],
      [null, '2、楼道整洁，无杂物堆放（3分）', '实地察看'],
    ], { category: 'A', criterion: 'B', method: 'C' }, merges);
    const { maxima, totals, categories, findings } = read(seed);
    expect(maxima).toEqual([4, 3, 3, 4, 3]);
    expect(totals).toEqual([10, 8]);
    expect(categories).toEqual(['一、制度完善:1,2,3', '二、环境整洁:4,5']);
    expect(findings).toEqual(['A6 RUBRIC_SUM_MISMATCH “二、环境整洁”分值合计 7 分，与标明的 8 分不符']);
  });

  it.each([
    ['（总分24分）', '组织有力（总分12分）', 12],
    ['a total spread over lines, its opening bracket lost', '（二）\n组织\n有力\n12分）', 12],
    ['a number, the name and the total on three lines', '一\n组织领导有力\n12分', 12],
    ['a code glued to the name and the total', 'I-1组织领导12分', 12],
  ])('reads a category total written as %s', (_, label, total) => {
    const seed = layout([[label, '有年度计划', 6], [null, '有年度总结', 6]], { category: 'A', criterion: 'B', maxPoints: 'C' }, ['A3:A4']);
    expect(read(seed).totals).toEqual([total]);
    expect(read(seed).findings).toEqual([]);
  });

  it('reads category rows numbered in the 序号 column, with the total in 分值, over items numbered 1, 2, 3 again', () => {
    const seed = layout([
      ['一', '组织领导', null, 6],
      [1, '班子重视，专人负责。', '无专人负责扣2分。', 4],
      [2, '有计划，有总结。', '缺一项扣1分。', 2],
      ['二', '创建活动', null, 12],
      [1, '参加集中整治活动。', '缺席一次扣2分。', 10],
      [2, '门前三包落实。', '不落实扣1分。', 3],
    ], { seq: 'A', category: 'B', criterion: 'C', maxPoints: 'D' });
    const { maxima, totals, categories, findings, rubric } = read(seed);
    expect(maxima).toEqual([4, 2, 10, 3]);
    expect(totals).toEqual([6, 12]);
    expect(categories).toEqual(['组织领导:1,2', '创建活动:3,4']);
    expect(rubric.items.map((i) => i.name)).toEqual(['班子重视', '有计划', '参加集中整治活动', '门前三包落实']);
    expect(findings).toEqual(['D6 RUBRIC_SUM_MISMATCH “创建活动”分值合计 13 分，与标明的 12 分不符']);
  });

  it('reads points closing the criterion without brackets, and ignores deductions', () => {
    const seed = layout([
      ['一 班子坚强 6分', '班子建设', '1、制度健全，发挥核心作用；3分'],
      [null, null, '2、团结协作，群众威信高。3分'],
      ['二 经济发展 5分', '集体经济', '1、集体收入逐年增加；每下降一个百分点扣1分；2分'],
      [null, null, '2、农民负担减轻，未减轻的扣2分。'],
    ], { category: ['A', 'B'], criterion: 'C' }, ['A3:A4', 'B3:B4', 'A5:A6', 'B5:B6']);
    const { maxima, totals, categories, findings } = read(seed);
    expect(maxima).toEqual([3, 3, 2, null]);
    expect(totals).toEqual([6, null, 5, null]);
    expect(categories).toEqual(['一 班子坚强:1,2', '一 班子坚强/班子建设:1,2', '二 经济发展:3,4', '二 经济发展/集体经济:3,4']);
    expect(findings).toEqual(['C6 RUBRIC_POINTS_MISSING 评分项“4.农民负担减轻”没有分值']);
  });

  it('reads two category levels with totals at both, items from the text; each level is checked against its items', () => {
    const seed = layout([
      ['I-1 组织管理\n（4分）', 'II-1 创建规划\n（1分）', '1.有年度计划。（0.5分）'],
      [null, null, '2.有年度总结。（0.5分）'],
      [null, 'II-2 机制建设\n（3分）', '1.领导机构健全。（1分）'],
      [null, null, '2.纳入目标考核。（1分）'],
    ], { category: ['A', 'B'], criterion: 'C' }, ['A3:A6', 'B3:B4', 'B5:B6']);
    const { maxima, totals, categories, findings, rubric } = read(seed);
    expect(maxima).toEqual([0.5, 0.5, 1, 1]);
    expect(totals).toEqual([4, 1, 3]);
    expect(categories).toEqual(['I-1 组织管理:1,2,3,4', 'I-1 组织管理/II-1 创建规划:1,2', 'I-1 组织管理/II-2 机制建设:3,4']);
    expect(rubric.items.map((i) => i.category)).toEqual(['II-1 创建规划', 'II-1 创建规划', 'II-2 机制建设', 'II-2 机制建设']);
    expect(findings).toEqual([
      'A3 RUBRIC_SUM_MISMATCH “I-1 组织管理”分值合计 3 分，与标明的 4 分不符',
      'B5 RUBRIC_SUM_MISMATCH “II-2 机制建设”分值合计 2 分，与标明的 3 分不符',
    ]);
  });

  it('takes an item from the lowest level carrying points, written on every item row, over sub-points in its text', () => {
    const seed = layout([
      ['1-1 班子建设（10分）', 'II-1 党建工作 （6分）', '1）政治建设摆在首位。（2分） 2）三会一课落实。（3分）'],
      [null, 'II-2 民主管理 （4分）', '1）班子团结，作风民主。'],
    ], { category: ['A', 'B'], criterion: 'C' }, ['A3:A4']);
    const { maxima, totals, categories, rubric } = read(seed);
    expect(maxima).toEqual([6, 4]);
    expect(totals).toEqual([10]);
    expect(categories).toEqual(['1-1 班子建设:1,2']);
    expect(rubric.items.map((i) => [i.name, i.maxSource])).toEqual([['II-1 党建工作', 'text'], ['II-2 民主管理', 'text']]);
  });

  it('reads a criterion bound to two columns: the first names the item and its points', () => {
    const seed = layout([
      ['I-1社区组织8分', 'II-1组织管理6分', '党组织建设3分', '符合3项为3分；符合2项为2分；均不符合为0分。'],
      [null, null, '自治组织建设3分', '符合3项为3分；符合2项为2分；均不符合为0分。'],
    ], { category: ['A', 'B'], criterion: ['C', 'D'] }, ['A3:A4', 'B3:B4']);
    const { maxima, totals, findings } = read(seed);
    expect(maxima).toEqual([3, 3]);
    expect(totals).toEqual([8, 6]);
    expect(findings).toEqual(['A3 RUBRIC_SUM_MISMATCH “I-1社区组织”分值合计 6 分，与标明的 8 分不符']);
  });

  it('joins the lines of an item whose 序号 and 分值 cells are merged down them', () => {
    const seed = layout([
      ['班子强10分', 1, '制定发展规划', 6],
      [null, null, '集体经济壮大', null],
      [null, null, '农民收入增长', null],
      [null, 2, '班子团结，协调有力', 4],
      ['风貌好10分', 3, '村庄规划合理', 10],
      [null, null, '无乱搭乱建', null],
    ], { category: 'A', seq: 'B', criterion: 'C', maxPoints: 'D' }, ['A3:A6', 'B3:B5', 'D3:D5', 'A7:A8', 'B7:B8', 'D7:D8']);
    const { maxima, totals, rubric, findings } = read(seed);
    expect(maxima).toEqual([6, 4, 10]);
    expect(totals).toEqual([10, 10]);
    expect(rubric.items.map((i) => [i.id, i.text])).toEqual([['1', '制定发展规划 集体经济壮大 农民收入增长'], ['2', '班子团结，协调有力'], ['3', '村庄规划合理 无乱搭乱建']]);
    expect(findings).toEqual([]);
  });

  it('groups merged 分值 lines without a 序号 column too, but keeps numbered lines apart', () => {
    const seed = layout([
      ['文化阵地', '建有活动室', 5],
      [null, '建有宣传栏', null],
      [null, '1、配有图书室（2分）', null],
    ], { category: 'A', criterion: 'B', maxPoints: 'C' }, ['A3:A5', 'C3:C5']);
    expect(read(seed).rubric.items.map((i) => [i.text, i.max])).toEqual([['建有活动室 建有宣传栏', 5], ['1、配有图书室（2分）', 2]]);
  });

  it('reads the full score from the 说明 above the header', () => {
    const seed = layout([['公共环境（6分）', '环境整洁', 6]], { category: 'A', criterion: 'B', maxPoints: 'C' }, [], [
      ['说明'],
      ['一、本细则设公共环境、公共秩序两类，环境类60分，秩序类40分，共100分。'],
    ]);
    expect(read(seed)).toMatchObject({ full: 100, findings: ['A3 RUBRIC_SUM_MISMATCH 全表分值合计 6 分，与标明的 100 分不符'] });
  });
});

describe('extractRubric: any layout (property)', () => {
  it('never throws on two levels, 序号, 分值 and random vertical merges; every item is counted once per level', () => {
    const text = fc.string({ unit: fc.constantFrom(...'一二、1.（）)分15；。扣加每项满总共I-领导 '.split('')), maxLength: 16 });
    const cell = fc.oneof(text, fc.constant(null), fc.integer({ min: 0, max: 20 }), fc.constantFrom('一', '二、', 1, 2));
    const merge = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 3 }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 8 }), fc.array(merge, { maxLength: 4 }), (rows, spans) => {
        const merges: string[] = [];
        for (const [col, top, height] of spans) {
          const bottom = Math.min(top + height, rows.length - 1);
          const letter = 'ABCDE'[col];
          if (bottom > top && !merges.some((m) => m.startsWith(letter))) merges.push(`${letter}${top + 3}:${letter}${bottom + 3}`);
        }
        const { table, grid } = layout(rows, { category: ['A', 'B'], criterion: 'C', maxPoints: 'D', seq: 'E' }, merges);
        const { rubric } = extractRubric(table, grid);
        expect(new Set(rubric.items.map((i) => i.id)).size).toBe(rubric.items.length);
        for (const category of rubric.categories) expect(new Set(category.itemIds).size).toBe(category.itemIds.length);
        const top = rubric.categories.filter((c) => c.parent === undefined).flatMap((c) => c.itemIds);
        expect(new Set(top).size).toBe(top.length);
      }),
      { numRuns: 3000 },
    );
  });
});
