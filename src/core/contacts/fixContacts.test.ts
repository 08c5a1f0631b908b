import fc from 'fast-check';
import type { CellValue } from '../grid/grid';
import { checkContacts } from './checkContacts';
import { fixContacts, fixContactText } from './fixContacts';
import { applyPlanToGrid, contextOf, gridOf, tableOf } from './_lib/testWorkbook';

describe('fixContactText', () => {
  it.each([
    ['郭  琳13503921007', '郭琳13503921007'],
    ['吴  敏 13939281146', '吴敏 13939281146'],
    [' 郭秉会13030391689', '郭秉会13030391689'],
    ['郭\u3000琳１３５０３９２１００７', '郭琳13503921007'],
    ['陶  宏\n13982969551', '陶宏\n13982969551'],
    ['杨爱民、原 浩', '杨爱民、原浩'],
    ['杜志鹏\u200b17613909009', '杜志鹏17613909009'],
    // left as written: ordinary Chinese punctuation, line breaks, spaces between name and number
    ['韩旭：15378673897\n徐静：13551701935', '韩旭：15378673897\n徐静：13551701935'],
    ['廖鹏\n\n13982991270；杨贵\n\n13568539001', '廖鹏\n\n13982991270；杨贵\n\n13568539001'],
    ['郭玉功 15139292958', '郭玉功 15139292958'],
    ['张三 李四', '张三 李四'],
    ['圪塔社区 高书记 13593341626', '圪塔社区 高书记 13593341626'],
    ['郭文军135696667405', '郭文军135696667405'],
  ])('%j → %j', (text, fixed) => {
    expect(fixContactText(text)).toBe(fixed);
  });

  it('is idempotent over arbitrary and contact-like text', () => {
    const unit = fc.constantFrom('郭', '琳', '陶', '高', '书记', '各', '社区', '1', '3', '9', '0', ' ', '  ', '\u3000', '\u00a0', '\u200b', '：', '、', '；', '\n', '１', '（', '）');
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit, maxLength: 30 })), (s) => {
      const once = fixContactText(s);
      expect(fixContactText(once)).toBe(once);
    }), { numRuns: 10000 });
  });
});

describe('fixContacts', () => {
  const cells: CellValue[] = ['郭  琳13503921007', '郭小倩13939263117', 13939263117, 3923311234, 5123456789, '杜志鹏１７６１３９０９００９', null, true];
  const grid = gridOf('附件1', [['联系人及电话', '责任人'], ...cells.map((c, i) => [c, i === 0 ? '杨爱民、原 浩' : null])]);
  const table = tableOf(grid, 'pairing-plan', ['contact', 'responsible']);

  it('plans the safe fixes, number format before value', () => {
    expect(fixContacts(contextOf([grid], [table]))).toMatchInlineSnapshot(`
{
  "ops": [
    {
      "at": "A2",
      "op": "setValues",
      "sheet": "附件1",
      "values": [
        [
          "郭琳13503921007",
        ],
      ],
    },
    {
      "at": "B2",
      "op": "setValues",
      "sheet": "附件1",
      "values": [
        [
          "杨爱民、原浩",
        ],
      ],
    },
    {
      "format": {
        "numberFormat": "@",
      },
      "op": "format",
      "range": "A4",
      "sheet": "附件1",
    },
    {
      "at": "A4",
      "op": "setValues",
      "sheet": "附件1",
      "values": [
        [
          "13939263117",
        ],
      ],
    },
    {
      "format": {
        "numberFormat": "@",
      },
      "op": "format",
      "range": "A5",
      "sheet": "附件1",
    },
    {
      "at": "A5",
      "op": "setValues",
      "sheet": "附件1",
      "values": [
        [
          "0392-3311234",
        ],
      ],
    },
    {
      "at": "A7",
      "op": "setValues",
      "sheet": "附件1",
      "values": [
        [
          "杜志鹏17613909009",
        ],
      ],
    },
  ],
  "summary": "规范 5 个联系人与电话单元格",
}
`);
  });

  it('leaves nothing for the checker to say about what it fixed, and nothing to fix on a second run', () => {
    const context = contextOf([grid], [table]);
    const fixed = applyPlanToGrid(grid, fixContacts(context));
    const again = contextOf([fixed], [table]);
    expect(fixContacts(again).ops).toEqual([]);
    expect(checkContacts(again).map((f) => `${f.cell} ${f.code}`)).toMatchInlineSnapshot(`
[
  "A4 NAME_MISSING",
  "A5 NAME_MISSING",
  "A6 PHONE_INVALID",
  "A6 NAME_MISSING",
]
`);
  });

  it('is idempotent over arbitrary cell values', () => {
    const value = fc.oneof(fc.string({ unit: fc.constantFrom('郭', '琳', '1', '3', '9', ' ', '\u3000', '１', '、', '\n') }), fc.integer({ min: 0, max: 99999999999 }), fc.constant(null));
    fc.assert(fc.property(fc.array(value, { maxLength: 5 }), (values) => {
      const g = gridOf('表', [['联系人及电话'], ...values.map((v) => [v])]);
      const t = tableOf(g, 'pairing-plan', ['contact']);
      const once = applyPlanToGrid(g, fixContacts(contextOf([g], [t])));
      expect(fixContacts(contextOf([once], [t])).ops).toEqual([]);
    }), { numRuns: 1000 });
  });
});
