import { gridFromRows, type CellValue } from '../../grid/grid';
import { recognizeWorkbook } from '../../recognize/recognize-tables';
import { checkContacts } from '../checkContacts';
import { lookLikeOneNumber } from './crossRowFindings';

function findingsFor(contacts: string[]) {
  const rows: CellValue[][] = [['序号', '文明单位名称', '结对社区名单', '联系人及电话'], ...contacts.map((c, i) => [i + 1, `单位${i}`, `社区${i}`, c])];
  const workbook = { sheets: [gridFromRows('附件1', rows)] };
  return checkContacts({ workbook, tables: recognizeWorkbook(workbook), settings: {} });
}

/** Whether a number is at most two digits from one of 13939260000, …0001, …0002. */
const nearOneOfFirstThree = (n: string) => ['13939260000', '13939260001', '13939260002'].some((m) => m !== n && lookLikeOneNumber(m, n));

describe('lookLikeOneNumber', () => {
  test.each([
    ['18539218087', '18539218086', true],
    ['13939263117', '13939263171', true],
    ['13939263117', '13939263117', true],
    ['13939263117', '13939260000', false],
    ['13939263117', '1393926311', false],
  ])('%s / %s → %s', (a, b, expected) => expect(lookLikeOneNumber(a, b)).toBe(expected));
});

describe('cross-row contact findings stay linear', () => {
  test('one name written with 1,000 near-identical mobiles gives at most one finding per later row, not one per pair', () => {
    const findings = findingsFor(Array.from({ length: 1000 }, (_, i) => `郭小倩${13939260000 + i}`)).filter((f) => f.code === 'PERSON_MULTIPLE_PHONES');
    // Each later number is compared with the first three (…0000, …0001, …0002): reported when at most two digits apart.
    const expected = Array.from({ length: 999 }, (_, i) => String(13939260001 + i)).filter((n) => nearOneOfFirstThree(n)).length;
    expect(findings).toHaveLength(expected);
    expect(new Set(findings.map((f) => f.cell)).size).toBe(expected);
    expect(findings[0].params).toMatchObject({ otherCell: 'D2' });
  });

  test('a common name with three or more unrelated mobiles is namesakes: nothing reported', () => {
    const findings = findingsFor(['张伟13939263117', '张伟15038125566', '张伟18703921234', '张伟13939263118']).filter((f) => f.code === 'PERSON_MULTIPLE_PHONES');
    // Only the slip: …3118 is one digit from …3117.
    expect(findings.map((f) => [f.cell, f.params?.otherPhone])).toEqual([['D5', '13939263117']]);
  });

  test('a name with exactly two numbers in the workbook is reported, however far apart', () => {
    const findings = findingsFor(['李明13939263117', '王芳15038125566', '李明18703921234']).filter((f) => f.code === 'PERSON_MULTIPLE_PHONES');
    expect(findings.map((f) => f.cell)).toEqual(['D4']);
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
