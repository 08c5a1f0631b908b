import { checkWorkbook } from '../src/core/check/check-workbook';
import { markFindings, RESULTS_SHEET } from '../src/core/check/mark-findings';
import { XlsxHost } from '../src/hosts/xlsx/xlsx-host';
import { dumpWorkbook } from './support/dump-workbook';
import { openFixture, SEED_FIXTURES } from './support/fixtures';

async function checkAndMark(host: XlsxHost): Promise<XlsxHost> {
  const workbook = await host.readWorkbook();
  const { findings } = checkWorkbook(workbook, { today: '2026-11-21', period: { start: '2020-05-01', end: '2020-12-31' }, issued: '2020-05-27' });
  await host.applyEditPlan(markFindings(findings, workbook, '2026-11-21'));
  // Round-trip through bytes, as a saved and reopened file would.
  return XlsxHost.fromBuffer(await host.toBuffer());
}

describe.each(SEED_FIXTURES)('marking findings in %s', (name) => {
  test('keeps every user value, and marking twice equals marking once', async () => {
    const original = await openFixture(name);
    const before = dumpWorkbook(original.workbook, { values: true, marks: false });
    const once = await checkAndMark(await openFixture(name));
    const twice = await checkAndMark(await XlsxHost.fromBuffer(await once.toBuffer()));
    expect(dumpWorkbook(twice.workbook)).toEqual(dumpWorkbook(once.workbook));
    const userSheets = (lines: string[]) => lines.filter((l) => !l.startsWith(`${RESULTS_SHEET}!`) && l !== `# ${RESULTS_SHEET}`);
    expect(userSheets(dumpWorkbook(once.workbook, { values: true, marks: false }))).toEqual(before);
    expect(once.workbook.worksheets.filter((s) => s.name === RESULTS_SHEET)).toHaveLength(1);
  });
});
