import type { CellValue, Grid } from '../grid/grid';
import { applyCorrections, mergeCorrections, parseCorrections, parseMapOption } from './corrections';
import { recognizeTables } from './recognize-tables';
import { summarizeTable } from './table-summary';

const grid = (rows: CellValue[][]): Grid => ({ name: '附件2', values: rows, merges: [] });

// A rubric whose header words the recogniser does not know: 材料审核 / 整体观察 read as nothing.
const RUBRIC = grid([
  ['考核测评汇总表'],
  ['序号', '考核项目', '材料审核', '整体观察', '备注'],
  [1, '领导班子坚强有力', 10, null, null],
  [2, '业务工作实绩显著', 14, null, null],
  [3, '创建工作扎实有效', 12, null, null],
]);

describe('applyCorrections', () => {
  test('the kind and header the user set re-read the table as that kind; the columns they set replace the guesses', () => {
    expect(recognizeTables(RUBRIC)[0].kind).toBe('unknown');
    const [table] = applyCorrections(RUBRIC, recognizeTables(RUBRIC), [{ sheet: '附件2', kind: 'rubric', headerRows: [2], columns: { C: 'maxPoints', D: 'score' } }]);
    expect(summarizeTable(table)).toMatchObject({ kind: 'rubric', headerRows: [2], dataRows: 3, corrected: true, confidence: 1, columns: { seq: 'A', category: 'B', maxPoints: 'C', score: 'D', note: 'E' } });
  });

  test('ignore unbinds a column; a correction of another sheet changes nothing', () => {
    const tables = applyCorrections(RUBRIC, recognizeTables(RUBRIC), [{ sheet: '附件2', kind: 'rubric', headerRows: [2], columns: { E: 'ignore' } }, { sheet: '别的表', kind: 'roster' }]);
    expect(summarizeTable(tables[0]).columns).not.toHaveProperty('note');
  });

  test('kind unknown: the user says this is not a table', () => {
    const pairing = grid([['序号', '文明单位', '结对社区'], [1, '市委宣传部', '和平社区'], [2, '市文明办', '幸福社区']]);
    const [table] = applyCorrections(pairing, recognizeTables(pairing), [{ sheet: '附件2', at: 'A1', kind: 'unknown' }]);
    expect(table).toMatchObject({ kind: 'unknown', columns: [], corrected: true });
  });
});

describe('parseMapOption', () => {
  test.each([
    ['附件2!D=maxPoints', { sheet: '附件2', columns: { D: 'maxPoints' } }],
    ['附件2!f=ignore', { sheet: '附件2', columns: { F: 'ignore' } }],
    ['附件2!kind=rubric', { sheet: '附件2', kind: 'rubric' }],
    ['附件2!header=4,5', { sheet: '附件2', headerRows: [4, 5] }],
    ["O'Brien!表!B=name", { sheet: "O'Brien!表", columns: { B: 'name' } }],
  ])('%s', (text, expected) => {
    expect(parseMapOption(text)).toEqual(expected);
  });

  test.each([
    ['附件2D=maxPoints', /工作表!列=角色/],
    ['附件2!D=分值', /角色“分值”不存在/],
    ['附件2!kind=表格', /类型“表格”不存在/],
    ['附件2!header=0', /从 1 起/],
    ['附件2!1=score', /不是列号/],
  ])('%s is refused in Chinese', (text, message) => {
    expect(() => parseMapOption(text)).toThrow(message);
  });
});

describe('parseCorrections', () => {
  test('keeps what is well formed and names what is not', () => {
    const { corrections, problems } = parseCorrections('{"tables":[{"sheet":"附件2","kind":"rubric"},{"kind":"roster"},{"sheet":"附件3","columns":{"B":"nope"}}]}');
    expect(corrections.tables).toEqual([{ sheet: '附件2', kind: 'rubric' }, { sheet: '附件3', columns: {} }]);
    expect(problems).toEqual(['第 2 条更正缺少工作表名（sheet）', '第 3 条更正中 B 列的角色“nope”不存在']);
  });

  test('text that is not JSON gives no corrections and one message', () => {
    expect(parseCorrections('{')).toEqual({ corrections: { version: 1, tables: [] }, problems: ['识别更正不是有效的 JSON'] });
  });
});

test('mergeCorrections: a later correction of the same table wins, columns add up', () => {
  const merged = mergeCorrections(
    { version: 1, tables: [{ sheet: '附件2', headerRows: [3], kind: 'rubric', columns: { D: 'maxPoints' } }] },
    { version: 1, tables: [{ sheet: '附件2', headerRows: [3], columns: { E: 'score' } }, { sheet: '附件3', kind: 'roster' }] },
  );
  expect(merged.tables).toEqual([{ sheet: '附件2', headerRows: [3], kind: 'rubric', columns: { D: 'maxPoints', E: 'score' } }, { sheet: '附件3', kind: 'roster' }]);
});
