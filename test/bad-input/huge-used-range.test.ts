import { cellText } from '../../src/core/grid/cell-text';
import { cliChecks, survives, tempFile, workbookBytes } from '../support/bad-input';

/**
 * A sheet whose used range claims all 1,048,576 rows (one stray cell at the
 * bottom, as a slipped Ctrl+↓ leaves it): read and check must stay fast and
 * small. The jest timeout is the hang guard; the heap bound is loose on purpose.
 */
const HEAP_BOUND_MIB = 1024;

async function strayCellWorkbook(address: string): Promise<Uint8Array> {
  return workbookBytes((wb) => {
    const sheet = wb.addWorksheet('附件1');
    sheet.addRow(['附件1']);
    sheet.addRow(['文明单位结对社区共建活动计划表（淇滨区2个）']);
    sheet.addRow(['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话']);
    sheet.addRow([1, '市委办公室', '兴鹤社区', '九州路1号', '郭小倩13939263117']);
    sheet.addRow([2, '市委宣传部', '福源社区', '淇滨大道2号', '韩旭：15378673897']);
    sheet.getCell(address).value = '末行';
  });
}

describe.each(['A1048576', 'XFD1048576'])('a stray cell at %s', (address) => {
  test('is read, checked and marked without losing a value, within bounded memory', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const { grids, result } = await survives(await strayCellWorkbook(address));
    const [grid] = grids.sheets;
    expect(grid.values.length).toBe(1_048_576);
    expect(cellText(grid.values[1_048_575].at(-1) ?? null)).toBe('末行');
    expect(result.tables.some((t) => t.kind === 'pairing-plan')).toBe(true);
    expect((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20).toBeLessThan(HEAP_BOUND_MIB);
  }, 60_000);

  test('through the CLI', async () => {
    const { json } = await cliChecks(tempFile('末行.xlsx', await strayCellWorkbook(address)));
    expect(json.files[0].tables.some((t) => t.kind === 'pairing-plan')).toBe(true);
  }, 60_000);
});
