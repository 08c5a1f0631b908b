import { readFixture } from '../../../test/support/fixtures';
import { gridFromRows, type WorkbookGrids } from '../grid/grid';
import { recognizeWorkbook } from '../recognize/recognize-tables';
import { DEFAULT_SETTINGS } from '../settings';
import { checkAnnexTitles } from './check-annex-titles';

const run = (workbook: WorkbookGrids) => checkAnnexTitles({ workbook, tables: recognizeWorkbook(workbook), settings: DEFAULT_SETTINGS });

const annex = (name: string, label: string, title: string) =>
  gridFromRows(name, [[label], [title, null, null], ['序号', '姓名', '职务'], [1, '姚霞', '主任'], [2, '张敏', '副主任']], [{ top: 1, left: 0, bottom: 1, right: 2 }]);

describe('checkAnnexTitles', () => {
  test('seed 000: 附件1 matches (the district in brackets is scope), 附件2 lacks 鹤壁市', async () => {
    expect(run(await readFixture('seed000.xlsx')).map(({ params: _p, ...f }) => f)).toMatchInlineSnapshot(`
[
  {
    "cell": "A32",
    "code": "ANNEX_TITLE_MISMATCH",
    "message": "附件说明写的是“星级文明小区评选标准”，附件2的标题却是“鹤壁市星级文明小区评选标准”",
    "severity": "warning",
    "sheet": "通知",
    "suggestion": "请统一附件说明与附件标题",
  },
]
`);
  });

  test('matching titles, quotation marks and spaces aside, give nothing; an annex the workbook lacks is not reported', () => {
    const workbook = {
      sheets: [
        gridFromRows('通知', [['附件：1．“社区建设年”工作领导小组成员名单'], ['      2．不在本工作簿的附件']]),
        annex('附件1', '附件1', '社区建设年 工作领导小组成员名单'),
      ],
    };
    expect(run(workbook)).toEqual([]);
  });

  test('a different title is reported at the list line', () => {
    const workbook = { sheets: [gridFromRows('通知', [['附件：1．领导小组名单']]), annex('附件1', '附件1', '工作领导小组成员名单')] };
    expect(run(workbook).map((f) => `${f.sheet}!${f.cell} ${f.params?.listed} ≠ ${f.params?.actual}`)).toEqual(['通知!A1 领导小组名单 ≠ 工作领导小组成员名单']);
  });
});
