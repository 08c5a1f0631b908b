import { gridFromRows, type CellValue } from '../../grid/grid';
import { recognizeWorkbook } from '../../recognize/recognize-tables';
import { checkContacts } from '../checkContacts';

function findingsFor(contacts: string[]) {
  const rows: CellValue[][] = [['序号', '文明单位名称', '结对社区名单', '联系人及电话'], ...contacts.map((c, i) => [i + 1, `单位${i}`, `社区${i}`, c])];
  const workbook = { sheets: [gridFromRows('附件1', rows)] };
  return checkContacts({ workbook, tables: recognizeWorkbook(workbook), settings: {} });
}

describe('cross-row contact findings stay linear', () => {
  test('one name written with 1,000 different mobiles gives one finding per later row, not one per pair', () => {
    const findings = findingsFor(Array.from({ length: 1000 }, (_, i) => `郭小倩${13939260000 + i}`)).filter((f) => f.code === 'PERSON_MULTIPLE_PHONES');
    expect(findings).toHaveLength(999);
    expect(new Set(findings.map((f) => f.cell)).size).toBe(999);
    expect(findings[0].params).toMatchObject({ otherCell: 'D2' });
  });

  test('one mobile written for 300 different people gives one finding per later row', () => {
    const names = Array.from({ length: 300 }, (_, i) => `张${'一二三四五六七八九十'[i % 10]}${'甲乙丙丁戊己庚辛壬癸'[Math.floor(i / 10) % 10]}${'子丑寅'[Math.floor(i / 100)]}`);
    const findings = findingsFor(names.map((n) => `${n}13938008624`)).filter((f) => f.code === 'PHONE_SHARED');
    expect(findings).toHaveLength(299);
  });

  test('the same pair written twice is reported once', () => {
    const findings = findingsFor(['袁青13938008624', '肖丽13938008624', '肖丽13938008624']).filter((f) => f.code === 'PHONE_SHARED');
    expect(findings.map((f) => f.cell)).toEqual(['D3']);
  });
});
