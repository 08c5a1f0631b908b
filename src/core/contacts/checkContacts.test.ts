import fc from 'fast-check';
import type { CellValue } from '../grid/grid';
import type { Finding } from '../findings/finding';
import { checkContacts } from './checkContacts';
import { contextOf, gridOf, tableOf } from './_lib/testWorkbook';

const lines = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.sheet}!${f.cell} ${f.code} ${f.message}`);

/** A one-column contact table (联系人及电话) on a sheet of its own. */
function contactColumn(sheet: string, cells: readonly CellValue[], formats?: readonly (string | undefined)[]) {
  const grid = gridOf(sheet, [['联系人及电话'], ...cells.map((c) => [c])], formats && [[undefined], ...formats.map((f) => [f])]);
  return { grid, table: tableOf(grid, 'pairing-plan', ['contact']) };
}

function check(cells: readonly CellValue[], formats?: readonly (string | undefined)[]): string[] {
  const { grid, table } = contactColumn('附件1', cells, formats);
  return lines(checkContacts(contextOf([grid], [table], { areaCode: '0392' })));
}

describe('checkContacts: one cell at a time', () => {
  it.each<[string, CellValue[], string[]]>([
    ['a clean mobile, 199 and 166 ranges too', ['郭小倩13939263117', '吴合信19912345678', '陈培旺16612345678'], []],
    ['valid 028 and 0392 landlines with names', ['杜红瑛 028-26651234', '郭琳 0392-3311234', '景小莉(0356)2221234'], []],
    ['a service number', ['市民热线 12345'], []],
    ['a title is not a missing name', ['圪塔社区高书记 13593341626'], []],
    ['a collective word needs no phone', ['各社区书记'], []],
    ['a padded name', ['郭  琳13503921007'], ['附件1!A2 NAME_SPACING 姓名“郭  琳”中有空格']],
    ['a space before the name', [' 郭秉会13030391689'], ['附件1!A2 NAME_SPACING 姓名“ 郭秉会”中有空格']],
    ['a 12-digit number', ['郭文军135696667405'], ['附件1!A2 PHONE_INVALID 电话号码“135696667405”无效：位数不对（手机号应为 11 位，这里是 12 位）']],
    ['a 郑州 number one digit short', ['张三0371-2345678'], ['附件1!A2 PHONE_INVALID 电话号码“0371-2345678”无效：号码位数与区号 0371 不符（该区号下为 8 位号码）']],
    ['an unallocated range', ['李娟17412345678'], ['附件1!A2 PHONE_UNALLOCATED 手机号“17412345678”的号段尚未分配或已停用']],
    ['no area code', ['王玉超 3311234'], ['附件1!A2 PHONE_NO_AREA_CODE 固定电话“3311234”没有区号']],
    ['a name without a phone', ['付利敏'], ['附件1!A2 PHONE_MISSING “付利敏”缺少联系电话']],
    ['a phone without a name', ['13838383838'], ['附件1!A2 NAME_MISSING 电话“13838383838”没有对应的联系人姓名']],
    ['full-width digits', ['杜志鹏１７６１３９０９００９'], ['附件1!A2 TEXT_ODD_CHARACTERS 单元格含有不可见或全角字符：全角数字“１７６３９０”']],
    ['a zero-width space', ['杜志鹏\u200b17613909009'], ['附件1!A2 TEXT_ODD_CHARACTERS 单元格含有不可见或全角字符：零宽字符（U+200B）']],
    ['a bad e-mail', ['景小莉 15234666038 邮箱：cwzhbbgs@163.con'], ['附件1!A2 EMAIL_INVALID 电子邮箱“cwzhbbgs@163.con”格式不正确']],
    ['a good e-mail', ['景小莉 15234666038 邮箱：cwzhbbgs@163.com'], []],
    ['values of other types', [true, new Date(2020, 5, 30), { error: '#N/A' }, null, ''], []],
  ])('%s', (_, cells, expected) => {
    expect(check(cells)).toEqual(expected);
  });

  it('reads numbers with their number format as evidence', () => {
    expect(check([13939263117, 3923311234, 3923311234, 5123456789], ['General', 'General', '0000-0000000', 'General'])).toMatchInlineSnapshot(`
[
  "附件1!A2 PHONE_STORED_AS_NUMBER 电话号码以数字格式保存，Excel 可能显示为“1.39393E+10”",
  "附件1!A2 NAME_MISSING 电话“13939263117”没有对应的联系人姓名",
  "附件1!A3 PHONE_LEADING_ZERO_LOST 固定电话“3923311234”丢失了开头的 0",
  "附件1!A3 NAME_MISSING 电话“0392-3311234”没有对应的联系人姓名",
  "附件1!A4 PHONE_STORED_AS_NUMBER 电话号码以数字格式保存，Excel 可能显示为“0392-3311234”",
  "附件1!A4 NAME_MISSING 电话“0392-3311234”没有对应的联系人姓名",
  "附件1!A5 PHONE_INVALID 电话号码“5123456789”无效：位数不对（既不是 11 位手机号，也不是 0＋区号的固定电话）",
  "附件1!A5 NAME_MISSING 电话“5123456789”没有对应的联系人姓名",
]
`);
  });

  it('gives findings with severity, suggestion and params', () => {
    const { grid, table } = contactColumn('附件1', ['郭文军135696667405']);
    expect(checkContacts(contextOf([grid], [table]))).toMatchInlineSnapshot(`
[
  {
    "cell": "A2",
    "code": "PHONE_INVALID",
    "message": "电话号码“135696667405”无效：位数不对（手机号应为 11 位，这里是 12 位）",
    "params": {
      "phone": "135696667405",
      "reason": "位数不对（手机号应为 11 位，这里是 12 位）",
    },
    "severity": "error",
    "sheet": "附件1",
    "suggestion": "请核对号码：手机号为 1 开头的 11 位数字，固话为 0＋区号＋7～8 位号码",
  },
]
`);
  });
});

describe('checkContacts: across rows, tables and sheets', () => {
  it('reports a shared mobile on the later cell, once per pair of names', () => {
    expect(check(['肖丽13938008624', '高翠红15939293437', '袁青13938008624', '高翠红15939293437', '袁  青13938008624'])).toMatchInlineSnapshot(`
[
  "附件1!A4 PHONE_SHARED 电话号码“13938008624”同时登记给“袁青”和“肖丽”（A2）",
  "附件1!A6 NAME_SPACING 姓名“袁  青”中有空格",
]
`);
  });

  it('does not call a shared office landline a copy error', () => {
    expect(check(['张三 0392-3311234', '李四 0392-3311234'])).toEqual([]);
  });

  it('reports a person with two mobiles, but not two numbers written together', () => {
    expect(check(['张晓亮18539218086', '张晓亮18539218087', '李文静18539218138 18539218697'])).toMatchInlineSnapshot(`
[
  "附件1!A3 PERSON_MULTIPLE_PHONES “张晓亮”登记了不同的电话：“18539218087”和“18539218086”（A2）",
]
`);
  });

  it('pairs name and phone columns, and finds a shared number on another sheet', () => {
    const first = contactColumn('附件1', ['肖丽13938008624']);
    const grid = gridOf('附件4', [
      ['联系人', '联系电话'],
      ['陶  宏', '13982969551'],
      ['施尚进', ''],
      ['', '13795714178'],
      ['李丽君', 13684103218],
      ['刘臻', '13938008624'],
    ]);
    const table = tableOf(grid, 'grid-assignment', ['contactName', 'phone']);
    expect(lines(checkContacts(contextOf([first.grid, grid], [first.table, table])))).toMatchInlineSnapshot(`
[
  "附件4!A2 NAME_SPACING 姓名“陶  宏”中有空格",
  "附件4!B3 PHONE_MISSING “施尚进”缺少联系电话",
  "附件4!A4 NAME_MISSING 电话“13795714178”没有对应的联系人姓名",
  "附件4!B5 PHONE_STORED_AS_NUMBER 电话号码以数字格式保存，Excel 可能显示为“1.36841E+10”",
  "附件4!B6 PHONE_SHARED 电话号码“13938008624”同时登记给“刘臻”和“肖丽”（附件1!A2）",
]
`);
  });

  it('finds names that differ by one character across tables, never padded twins, collective words or roster mates', () => {
    const task = gridOf('附件5', [['序号', '分管领导', '责任人'], [1, '胡晶晶、张敏', '姜明杰、邓春仙、各社区主任、书记'], [2, '赵宇', '各社区书记、主任']]);
    const star = gridOf('附件3', [['分包领导', '责任人'], ['胡品晶、张 敏', '娄明杰、邓春先、各社区书记、主任'], ['赵媛', '各社区主任']]);
    const roster = gridOf('附件4', [['组内职务', '姓名'], ['组长', '姚 霞'], ['成员', '娄明杰'], ['成员', '姜明杰'], ['成员', '邓春仙']]);
    const tables = [
      tableOf(star, 'star-standard', ['leader', 'responsible']),
      tableOf(roster, 'roster', ['role', 'name']),
      tableOf(task, 'task-breakdown', ['seq', 'leader', 'responsible']),
    ];
    expect(lines(checkContacts(contextOf([star, roster, task], tables)))).toMatchInlineSnapshot(`
[
  "附件3!A2 NAME_SPACING 姓名“张 敏”中有空格",
  "附件4!B2 NAME_SPACING 姓名“姚 霞”中有空格",
  "附件4!B5 NAME_SIMILAR 姓名“邓春仙”与“邓春先”（附件3!B2）只差一个字",
  "附件5!B2 NAME_SIMILAR 姓名“胡晶晶”与“胡品晶”（附件3!A2）只差一个字",
]
`);
  });
});

describe('checkContacts: NAME_SIMILAR look-alikes', () => {
  const twoTables = (first: CellValue[], second: CellValue[]): string[] => {
    const a = contactColumn('附件1', first);
    const grid = gridOf('附件2', [['责任人'], ...second.map((c) => [c])]);
    return lines(checkContacts(contextOf([a.grid, grid], [a.table, tableOf(grid, 'task-breakdown', ['responsible'])])));
  };

  it.each<[string, CellValue[], CellValue[], string[]]>([
    ['one table lists different people', ['张海彦18503920265', '张海华15039221363'], [], []],
    ['both reachable on different numbers', ['黄克平18639927111'], ['黄爱平15839253120'], []],
    ['two-character names', ['赵媛13939263117'], ['赵宇'], []],
    ['a padded twin', ['郭  琳13503921007'], ['郭琳'], ['附件1!A2 NAME_SPACING 姓名“郭  琳”中有空格']],
    ['collective words', ['各社区书记'], ['各社区主任'], []],
    ['one of them has no number', ['黄克平18639927111'], ['黄爱平'], ['附件2!A2 NAME_SIMILAR 姓名“黄爱平”与“黄克平”（附件1!A2）只差一个字']],
    ['the same number', ['邓春仙13939263117'], ['邓春先13939263117'], [
      '附件2!A2 PHONE_SHARED 电话号码“13939263117”同时登记给“邓春先”和“邓春仙”（附件1!A2）',
      '附件2!A2 NAME_SIMILAR 姓名“邓春先”与“邓春仙”（附件1!A2）只差一个字',
    ]],
  ])('%s', (_, first, second, expected) => {
    expect(twoTables(first, second)).toEqual(expected);
  });
});

describe('checkContacts: a second phone column', () => {
  it('is checked on its own (值班手机 beside 联系电话), and a bare number there lacks no name', () => {
    const grid = gridOf('联络表', [['联系人', '联系电话', '值班手机'], ['王芳', '13905951111', 15080801234], ['李明', '13905952222', '1508080123']]);
    const table = tableOf(grid, 'pairing-plan', ['contactName', 'phone', 'phone']);
    expect(lines(checkContacts(contextOf([grid], [table])))).toEqual([
      '联络表!C2 PHONE_STORED_AS_NUMBER 电话号码以数字格式保存，Excel 可能显示为“1.50808E+10”',
      '联络表!C3 PHONE_INVALID 电话号码“1508080123”无效：位数不对（手机号应为 11 位，这里是 10 位）',
    ]);
  });
});

describe('checkContacts: robustness', () => {
  const cellValue = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom('郭', '琳', '1', '3', '9', '0', ' ', '\u3000', '：', '、', '\n', '@', '.', '-') }),
    fc.double(), fc.integer({ min: 0, max: 999999999999 }), fc.boolean(), fc.date(), fc.constant(null), fc.constant({ error: '#REF!' }),
  );
  it('never throws over arbitrary cell values in every contact-bearing role', () => {
    fc.assert(fc.property(fc.array(fc.tuple(cellValue, cellValue, cellValue, cellValue), { maxLength: 6 }), (rows) => {
      const grid = gridOf('表', [['联系人及电话', '联系人', '联系电话', '责任人'], ...rows]);
      const table = tableOf(grid, 'unknown', ['contact', 'contactName', 'phone', 'responsible']);
      expect(Array.isArray(checkContacts(contextOf([grid], [table])))).toBe(true);
    }), { numRuns: 1000 });
  });
});
