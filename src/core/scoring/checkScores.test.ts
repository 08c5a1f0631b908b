import fc from 'fast-check';
import type { CellValue, Grid } from '../grid/grid';
import type { RecognizedTable } from '../recognize/recognized-table';
import { DEFAULT_SETTINGS } from '../settings';
import { checkRubrics } from './checkRubrics';
import { checkScores, scoreFindings } from './checkScores';
import { parseScoreHeader, scoreHeader } from './scoreHeaders';
import { seed000Rubric } from './_test/seedTables';

const run = (grids: Grid[], tables: RecognizedTable[]) => checkScores({ workbook: { sheets: grids }, tables, settings: DEFAULT_SETTINGS });

describe('scoreFindings', () => {
  it.each<[CellValue, number | undefined, string[]]>([
    [null, 5, []],
    ['  ', 5, []],
    [{ error: '#N/A' }, 5, []],
    [5, 5, []],
    [4.5, 5, []],
    [5.5, 5, ['SCORE_OVER_MAX']],
    [-1, 5, ['SCORE_NEGATIVE']],
    ['5', 5, ['SCORE_NOT_NUMBER']],
    ['五分', 5, ['SCORE_NOT_NUMBER']],
    [true, 5, ['SCORE_NOT_NUMBER']],
    [120, undefined, []],
  ])('%j (max %j) → %j', (value, max, codes) => {
    expect(scoreFindings('评分表', 3, 2, value, max).map((f) => f.code)).toEqual(codes);
  });
});

describe('scoreHeader / parseScoreHeader', () => {
  it.each([
    ['points', '1.路面硬化', 5, '1.路面硬化（5分）'],
    ['options', '8① 开展志愿服务活动', undefined, '8① 开展志愿服务活动（选项）'],
    ['count', '16.市级以上荣誉', undefined, '16.市级以上荣誉（项数）'],
    ['bonus', '19.特色创建', undefined, '19.特色创建（加分）'],
  ] as const)('%s %s', (kind, name, max, header) => {
    expect(scoreHeader(kind, name, max)).toBe(header);
    expect(parseScoreHeader(header)).toEqual(max === undefined ? { kind } : { kind, max });
  });

  it('round-trips any name and maximum (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.integer({ min: 0, max: 2000 }).map((n) => n / 4), (name, max) => {
        expect(parseScoreHeader(scoreHeader('points', name, max))).toEqual({ kind: 'points', max });
      }),
      { numRuns: 10000 },
    );
  });
});

describe('checkScores', () => {
  it('checks the item columns of a score sheet against the maximum in their headers', () => {
    const values: CellValue[][] = [
      ['评分汇总表'],
      ['序号', '名称', '1.路面硬化（5分）', '8① 志愿服务（选项）', '16.市级以上荣誉（项数）', '备注', '总分', '名次'],
      [1, '迎宾社区', 6, '按规定组织', 2, '良好', 8, 1],
      [2, '怡乐园社区', '4', '乱写', -1, null, 0, 2],
    ];
    const grid: Grid = { name: '评分表', values, merges: [] };
    const table: RecognizedTable = {
      sheet: '评分表', kind: 'score-sheet', title: '评分汇总表', titleRow: 0, headerRows: [1], range: { top: 1, left: 0, bottom: 3, right: 7 },
      columns: [{ role: 'seq', col: 0, header: '序号' }, { role: 'entity', col: 1, header: '名称' }, { role: 'total', col: 6, header: '总分' }, { role: 'rank', col: 7, header: '名次' }],
      dataRows: [2, 3], repeatedHeaderRows: [], noteRows: [],
    };
    expect(run([grid], [table]).map((f) => [f.cell, f.code, f.message])).toEqual([
      ['C3', 'SCORE_OVER_MAX', '得分 6 超过该项满分 5'],
      ['C4', 'SCORE_NOT_NUMBER', '得分“4”不是数字'],
      ['E4', 'SCORE_NEGATIVE', '得分 -1 为负数'],
    ]);
  });

  it('checks a rubric whose 得分 column is filled in, a bonus against its cap', () => {
    const seed = seed000Rubric();
    const values = seed.grid.values.map((row) => [...row]);
    values[3][3] = 5;
    values[4][3] = 5.5;
    values[18][3] = 3.5;
    values[17][3] = '满分';
    expect(run([{ ...seed.grid, values }], [seed.table])).toMatchInlineSnapshot(`
[
  {
    "cell": "D5",
    "code": "SCORE_OVER_MAX",
    "message": "得分 5.5 超过该项满分 5",
    "params": {
      "item": "2",
      "max": 5,
      "score": 5.5,
    },
    "severity": "error",
    "sheet": "附件2",
    "suggestion": "请核对得分",
  },
  {
    "cell": "D18",
    "code": "SCORE_NOT_NUMBER",
    "message": "得分“满分”不是数字",
    "params": {
      "item": "15",
      "text": "满分",
    },
    "severity": "error",
    "sheet": "附件2",
    "suggestion": "请输入数字",
  },
  {
    "cell": "D19",
    "code": "SCORE_OVER_MAX",
    "message": "得分 3.5 超过该项满分 3",
    "params": {
      "item": "16",
      "max": 3,
      "score": 3.5,
    },
    "severity": "error",
    "sheet": "附件2",
    "suggestion": "请核对得分",
  },
]
`);
  });

  it('leaves an empty 得分 column and other tables alone', () => {
    const seed = seed000Rubric();
    expect(run([seed.grid], [seed.table, { ...seed.table, kind: 'roster' }])).toEqual([]);
    expect(run([], [seed.table])).toEqual([]);
  });
});

describe('checkRubrics', () => {
  it('reports what extractRubric finds, for every rubric table', () => {
    const seed = seed000Rubric();
    const values = seed.grid.values.map((row) => [...row]);
    values[5][1] = '3.小区公共照明设施完好率达到100%。';
    const grid = { ...seed.grid, values };
    expect(checkRubrics({ workbook: { sheets: [grid] }, tables: [seed.table, { ...seed.table, kind: 'roster' }], settings: DEFAULT_SETTINGS }).map((f) => [f.cell, f.code])).toEqual([['B6', 'RUBRIC_POINTS_MISSING']]);
    expect(checkRubrics({ workbook: { sheets: [] }, tables: [seed.table], settings: DEFAULT_SETTINGS })).toEqual([]);
  });
});
