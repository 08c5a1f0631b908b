import { fixtureWorkbook } from './_test/annex-fixtures';
import { recognizeTables } from '../recognize/recognize-tables';
import { scoreEntriesFromTable, summarizeScores } from './score-summary';

describe('summarizeScores', () => {
  test('中国式排名: ties share a place, the next place follows on; levels by threshold (以上 includes it)', () => {
    const table = summarizeScores([
      { name: '甲', score: 95 }, { name: '乙', score: 90 }, { name: '丙', score: 90.001 }, { name: '丁', score: 80 }, { name: '戊', score: 79.99 }, { name: '己', score: null },
    ]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      [1, '甲', 95, '五星级', 1],
      [2, '乙', 90, '四星级', 2],
      [3, '丙', 90, '四星级', 2],
      [4, '丁', 80, '三星级', 3],
      [5, '戊', 79.99, '未达星级', 4],
      [6, '己', null, '—', null],
    ]);
    expect(table.notes).toEqual([
      '注：名次按得分从高到低排列，得分相同者名次并列；五星级95分以上，四星级90分以上，三星级80分以上。',
      '统计：五星级1个（20%），四星级2个（40%），三星级1个（20%），未达星级1个（20%），共5个；另有1个无得分。',
    ]);
  });

  test('custom levels', () => {
    const table = summarizeScores([{ name: '甲', score: 86 }, { name: '乙', score: 70 }], { levels: [{ label: '优秀', min: 85 }, { label: '合格', min: 60 }], belowLabel: '不合格' });
    expect(table.rows.map((r) => r.cells[3])).toEqual(['优秀', '合格']);
  });

  test('seed 003: a year of monthly scores averages per village', async () => {
    const grid = (await fixtureWorkbook('seed003.xlsx')).sheets.find((g) => g.name === '月度考核')!;
    const { entries, options } = scoreEntriesFromTable(grid, recognizeTables(grid).find((t) => t.kind === 'score-sheet')!);
    expect(entries).toHaveLength(12);
    expect(entries[0].name).toBe('梅湖村');
    expect(entries[0].score).toBeCloseTo(93.2, 1);
    expect(options).toMatchObject({ title: '2024年度各村（社区）环境卫生月度考核排名及等级汇总表', entityHeader: '村（社区）', scoreHeader: '平均分', basis: '得分为1月至12月的平均分' });
  });
});
