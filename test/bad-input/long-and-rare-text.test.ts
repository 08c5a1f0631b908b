import type { EditPlan } from '../../src/core/edit-plan/edit-plan';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { cliChecks, survives, tempFile, workbookBytes } from '../support/bad-input';
import { WORKBOOK_COMMANDS } from '../support/workbook-commands';

/** Excel's limit on the characters of one cell (Excel specifications and limits). */
const EXCEL_CELL_LIMIT = 32_767;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Every string a plan writes: cell values, formulas, notes, sheet names. */
function writtenStrings(plan: EditPlan): string[] {
  const out: string[] = [];
  for (const op of plan.ops) {
    out.push(op.sheet);
    if (op.op === 'setValues') {
      for (const row of op.values) for (const v of row) {
        if (typeof v === 'string') out.push(v);
        else if (v && typeof v === 'object' && 'formula' in v) out.push(v.formula);
        else if (v && typeof v === 'object' && 'text' in v) out.push(v.text, v.hyperlink);
      }
    }
    if (op.op === 'note' && op.text !== null) out.push(op.text);
  }
  return out;
}

function contactsOfLength(length: number): string {
  const one = '郭小倩13939263117；';
  return one.repeat(Math.ceil(length / one.length)).slice(0, length);
}

describe('a 32,767-character cell', () => {
  const bytes = () => workbookBytes((wb) => {
    const sheet = wb.addWorksheet('附件1');
    sheet.addRow(['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话']);
    sheet.addRow([1, '测'.repeat(EXCEL_CELL_LIMIT), '兴鹤社区', '九州路1号', contactsOfLength(EXCEL_CELL_LIMIT)]);
    sheet.addRow([2, '市委宣传部', '福源社区', 'x'.repeat(EXCEL_CELL_LIMIT), '韩旭：15378673897']);
  });

  test('is kept whole, and no command writes a cell or note beyond Excel\'s limit', async () => {
    const { grids, marked } = await survives(await bytes());
    expect(String(marked.workbook.getWorksheet('附件1')!.getCell('E2').value).length).toBe(EXCEL_CELL_LIMIT);
    for (const command of WORKBOOK_COMMANDS) {
      const plan = command.plan(grids);
      for (const text of plan ? writtenStrings(plan) : []) expect(text.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    }
  }, 60_000);

  test('through the CLI', async () => {
    await cliChecks(tempFile('长单元格.xlsx', await bytes()));
  }, 60_000);
});

describe('emoji and rare CJK characters (𠀋, 𪚥, 👍🏻)', () => {
  const bytes = () => workbookBytes((wb) => {
    const sheet = wb.addWorksheet('附件1👍🏻');
    sheet.addRow(['附件1']);
    sheet.addRow(['文明单位结对社区共建活动计划表（𪚥区3个）']);
    sheet.addRow(['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话']);
    sheet.addRow([1, '𪚥业局👍🏻', '𠀋兴社区', '九州路1号😀', '𠀋小倩13939263117']);
    sheet.addRow([2, '市委宣传部', '福源社区', '淇滨大道2号', '韩𪚥：15378673897；郭  𠀋 13551701935']);
    // 𡃁 (Ext B) and U+30000 (Ext G, Unicode 13) in names; a phone after an emoji with a skin-tone modifier.
    sheet.addRow([3, '市财政局', '\u{30000}社区', '黄河路3号', '👍🏻13939263117；𡃁琳13503921007']);
  });

  test('survive every command byte for byte, and no command writes half a character', async () => {
    const { grids, result, marked } = await survives(await bytes());
    expect(result.tables.find((t) => t.kind === 'pairing-plan')?.dataRows.length).toBe(3);
    const sheet = marked.workbook.getWorksheet('附件1👍🏻')!;
    expect(sheet.getCell('B4').value).toBe('𪚥业局👍🏻');
    expect(sheet.getCell('E5').value).toBe('韩𪚥：15378673897；郭  𠀋 13551701935');
    for (const command of WORKBOOK_COMMANDS) {
      const plan = command.plan(grids);
      if (!plan) continue;
      for (const text of writtenStrings(plan)) expect(text).not.toMatch(LONE_SURROGATE);
      const host = await XlsxHost.fromBuffer(await bytes());
      await host.applyEditPlan(plan);
      const reopened = await XlsxHost.fromBuffer(await host.toBuffer());
      const values = reopened.workbook.worksheets.flatMap((ws) => {
        const texts: string[] = [];
        ws.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.text ?? ''))));
        return texts;
      });
      for (const text of values) expect(text).not.toMatch(LONE_SURROGATE);
      expect(values.join('')).toEqual(expect.stringContaining('𪚥业局👍🏻'));
    }
  });

  test('through the CLI', async () => {
    const { json } = await cliChecks(tempFile('生僻字.xlsx', await bytes()));
    expect(json.files[0].tables.some((t) => t.kind === 'pairing-plan')).toBe(true);
  });
});
