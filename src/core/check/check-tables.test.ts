import { gridFromRows, type CellValue } from '../grid/grid';
import { recognizeWorkbook } from '../recognize/recognize-tables';
import { checkTables } from './check-tables';

function check(rows: CellValue[][]) {
  const workbook = { sheets: [gridFromRows('附件1', rows)] };
  return checkTables({ workbook, tables: recognizeWorkbook(workbook), settings: {} }).map(({ cell, code, severity, message }) => ({ cell, code, severity, message }));
}

const header = ['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话'];

describe('checkTables', () => {
  test('COUNT_MISMATCH when the title declares more rows than the table has', () => {
    expect(check([['附件1'], ['计划表（淇滨区3个）'], header, [1, '市委办', '迎宾社区', '华山路', '郭小倩13939263117'], [2, '市政府办', '怡乐园社区', '黎阳路', '焦海谦18503920260']])).toMatchInlineSnapshot(`
[
  {
    "cell": "A2",
    "code": "COUNT_MISMATCH",
    "message": "标题写明 3 个，表中实有 2 行数据",
    "severity": "error",
  },
]
`);
  });

  test('no COUNT_MISMATCH when the count matches, blank rows not counted', () => {
    expect(check([['计划表（2个）'], header, [1, '市委办', '迎宾社区', '华山路', '郭小倩13939263117'], [], [2, '市政府办', '怡乐园社区', '黎阳路', '焦海谦18503920260']])).toEqual([]);
  });

  test('DUPLICATE_ROW ignores 序号 and spacing', () => {
    expect(check([header, [1, '市委办', '迎宾社区', '华山路', '郭小倩13939263117'], [2, '市委办', '迎宾社区', '华山路', '郭小倩 13939263117']])).toMatchInlineSnapshot(`
[
  {
    "cell": "A3",
    "code": "DUPLICATE_ROW",
    "message": "第 3 行与第 2 行内容完全相同",
    "severity": "warning",
  },
]
`);
  });

  test('ROW_SHARED_DETAILS: different units, same address and contact', () => {
    expect(check([header, [1, '市外国语中学', '矿务局电厂社区', '泗滨街鹿祥一区', '高翠红15939293437'], [2, '市第四中学', '八矿西井社区', '泗滨街鹿祥一区', '高翠红15939293437']])).toMatchInlineSnapshot(`
[
  {
    "cell": "D3",
    "code": "ROW_SHARED_DETAILS",
    "message": "第 3 行与第 2 行的社区具体位置、联系人及电话相同",
    "severity": "warning",
  },
]
`);
  });

  test('a shared address alone is normal (two communities in one office)', () => {
    expect(check([header, [1, '市自然资源局', '莲花社区', '天山路办事处102房间', '李娟15839207531'], [2, '市博物馆', '龙门社区', '天山路办事处102房间', '刘海萍17839200386']])).toEqual([]);
  });

  test('HEADER_REPEATED and CELL_ERROR', () => {
    expect(check([header, [1, '市委办', '迎宾社区', '华山路', { error: '#REF!' }], header, [2, '市政府办', '怡乐园社区', '黎阳路', '焦海谦18503920260']]).map((f) => `${f.cell} ${f.code}`)).toEqual(['A3:E3 HEADER_REPEATED', 'E2 CELL_ERROR']);
  });
});
