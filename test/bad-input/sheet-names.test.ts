import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { EditPlan } from '../../src/core/edit-plan/edit-plan';
import { expandFillDowns } from '../../src/core/edit-plan/expand-fill-downs';
import { columnLetter, parseCellAddress } from '../../src/core/grid/a1';
import { cellText } from '../../src/core/grid/cell-text';
import type { WorkbookGrids } from '../../src/core/grid/grid';
import { RESULTS_SHEET } from '../../src/core/check/mark-findings';
import { denseRank } from '../../src/core/formula/dense-rank';
import { cellRef, columnRange } from '../../src/core/formula/references';
import { countAtLeast, thresholdLookup } from '../../src/core/formula/threshold-lookup';
import { recognizeWorkbook } from '../../src/core/recognize/recognize-tables';
import { buildScoreSheet } from '../../src/core/scoring/buildScoreSheet';
import { extractRubric } from '../../src/core/scoring/extractRubric';
import { planToHyperFormula } from '../../src/core/scoring/_test/planToHyperFormula';
import { HostError } from '../../src/hosts/workbook-host';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { cliChecks, survives, tempFile } from '../support/bad-input';
import { dumpWorkbook } from '../support/dump-workbook';
import { openFixture } from '../support/fixtures';
import { WORKBOOK_COMMANDS } from '../support/workbook-commands';

/** Names Excel allows (1–31 characters, none of : \ / ? * [ ], no apostrophe at either end) that formulas must quote. */
const ODD_NAMES = ['附件1 (2)', "O'Brien 表", '【附件】3', '表（一）', 'Sheet 1', 'R1C1', 'A1', '1月', '计划!表', 'a+b=c', '"引号"', '#1 表', "It''s"];

/** Seed 000 with 附件1 (the pairing plans) and 附件2 (the rubric) renamed. */
async function seedRenamed(plans: string, rubric: string): Promise<Uint8Array> {
  const host = await openFixture('seed000.xlsx');
  host.workbook.getWorksheet('附件1')!.name = plans;
  host.workbook.getWorksheet('附件2')!.name = rubric;
  return host.toBuffer();
}

/** A HyperFormula engine holding the grids' values (text kept as text), to resolve references. */
function engineOf(grids: WorkbookGrids): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const grid of grids.sheets) {
    sheets[grid.name] = grid.values.map((row) => row.map((v) => {
      if (v === null || typeof v === 'number' || typeof v === 'boolean') return v;
      return `'${cellText(v)}`; // an apostrophe keeps text as text (`=`, digits)
    }));
  }
  sheets['公式'] = [[null]];
  return HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
}

/** The value a reference (`'O''Brien 表'!E27`) resolves to, through a real formula parser. */
function resolve(engine: HyperFormula, reference: string): unknown {
  const value = engine.calculateFormula(`=${reference}`, engine.getSheetId('公式')!);
  return value !== null && typeof value === 'object' && 'value' in value ? (value as { value: unknown }).value : value;
}

describe.each(ODD_NAMES.map((name, i) => [name, ODD_NAMES[(i + 1) % ODD_NAMES.length]]))('sheets named %s and %s', (plans, rubric) => {
  test('check and mark; every link of the 校验结果 sheet reaches its cell through a formula parser', async () => {
    const { grids, marked } = await survives(await seedRenamed(plans, rubric));
    expect(grids.sheets.map((g) => g.name)).toEqual(expect.arrayContaining([plans, rubric]));
    const engine = engineOf(grids);
    const results = marked.workbook.getWorksheet(RESULTS_SHEET)!;
    let links = 0;
    results.eachRow((row) => row.eachCell((cell) => {
      const value = cell.value as { hyperlink?: string } | null;
      if (!value || typeof value !== 'object' || !value.hyperlink) return;
      const reference = value.hyperlink.replace(/^#/, '');
      const [, address] = /!([A-Z]+\d+)$/.exec(reference) ?? [];
      const sheet = grids.sheets.find((g) => reference === `${reference.slice(0, -address.length - 1)}!${address}` && (reference.startsWith(`'${g.name.replace(/'/g, "''")}'!`) || reference.startsWith(`${g.name}!`)));
      expect(sheet).toBeDefined();
      if (!reference.startsWith("'")) return; // bare names (附件1) are Excel's own form; HyperFormula reads only ASCII bare names
      const { row: r, col: c } = parseCellAddress(address);
      const expected = cellText(sheet!.values[r]?.[c] ?? null);
      expect(String(resolve(engine, reference) ?? '')).toBe(expected === '' ? '0' : expected);
      links += 1;
    }));
    engine.destroy();
    // Seed 000's plans have findings (a 12-digit phone, a shared phone), so the odd name is linked to.
    if (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(plans) === false) expect(links).toBeGreaterThan(0);
  });

  test('through the CLI', async () => {
    const { json } = await cliChecks(tempFile('改名.xlsx', await seedRenamed(plans, rubric)));
    expect(json.files[0].tables.filter((t) => t.kind === 'pairing-plan').map((t) => (t as { sheet?: string }).sheet)).toEqual([plans, plans, plans]);
  });
});

describe('a score sheet named like these', () => {
  test.each(ODD_NAMES)('“%s”: every formula it writes evaluates in a real engine without #REF!, #NAME? or a parse error', async (name) => {
    const grids = await (await openFixture('seed000.xlsx')).readWorkbook();
    const rubricTable = recognizeWorkbook(grids).find((t) => t.kind === 'rubric')!;
    const { rubric } = extractRubric(rubricTable, grids.sheets.find((g) => g.name === rubricTable.sheet)!);
    const { plan } = buildScoreSheet(rubric, { sheet: name, entities: ['迎宾社区', '怡乐园社区', "O'Brien社区"] });
    const { engine, value } = planToHyperFormula(plan);
    let formulas = 0;
    // Filled rows written out: every row's formulas, not only the first row's.
    for (const op of expandFillDowns(plan).ops) {
      if (op.op !== 'setValues') continue;
      const at = parseCellAddress(op.at);
      op.values.forEach((row, r) => row.forEach((input, c) => {
        if (!input || typeof input !== 'object' || !('formula' in input)) return;
        formulas += 1;
        const result = value(op.sheet, `${columnLetter(at.col + c)}${at.row + r + 1}`);
        expect([input.formula, result]).not.toEqual([input.formula, expect.stringMatching(/^#(REF!|NAME\?|ERROR!)$/)]);
      }));
    }
    expect(formulas).toBeGreaterThan(0);
    engine.destroy();
  });
});

describe('formulas built to reference such a sheet from another one', () => {
  test.each(ODD_NAMES)('“%s”: a level lookup, a 中国式排名 and a count evaluate in HyperFormula', (name) => {
    const at = (row: number, col: number) => cellRef(row, col, { sheet: name, anchor: 'absolute' });
    const table = { below: at(0, 0), labels: columnRange(0, 1, 3, { sheet: name, anchor: 'absolute' }), thresholds: columnRange(1, 1, 3, { sheet: name, anchor: 'absolute' }) };
    const scores = columnRange(2, 0, 3, { sheet: name, anchor: 'absolute' });
    const engine = HyperFormula.buildFromSheets({
      [name]: [['未达标', null, 92], ['三星级', 80, 85], ['四星级', 90, 92], ['五星级', 95, 70]],
      评分表: [[`=${thresholdLookup(at(0, 2), table)}`, `=${denseRank(at(3, 2), scores)}`, `=${countAtLeast(scores, at(1, 1))}`]],
    }, { licenseKey: 'gpl-v3', useArrayArithmetic: true });
    const sheet = engine.getSheetId('评分表')!;
    expect([0, 1, 2].map((col) => engine.getCellValue({ sheet, row: 0, col }))).toEqual(['四星级', 3, 3]);
    engine.destroy();
  });
});

const REFUSED = ['[附件]', '附件:1', '附件/1', "'附件", '附件?', '三十二个字的名称'.repeat(4)];

describe('names Excel refuses', () => {
  test.each(REFUSED)('a plan adding “%s” is refused in Chinese, and no sheet is added', async (name) => {
    const host = await openFixture('seed002.xlsx');
    const before = dumpWorkbook(host.workbook);
    const plan: EditPlan = { summary: '', ops: [{ op: 'addSheet', sheet: name }, { op: 'setValues', sheet: name, at: 'A1', values: [['x']] }] };
    await expect(host.applyEditPlan(plan)).rejects.toThrow(HostError);
    await expect(host.applyEditPlan(plan)).rejects.toThrow(/工作表名称/);
    expect(dumpWorkbook(host.workbook)).toEqual(before);
  });

  // Regression: the xlsx host once checked sheet names and missing sheets only when it reached
  // the op, leaving the ops before it written (a half-written workbook).
  test.each([
    ['an invalid sheet name', { op: 'addSheet', sheet: '[附件]' }],
    ['a sheet that does not exist', { op: 'setValues', sheet: '不存在的表', at: 'A1', values: [['x']] }],
  ] as const)('a plan whose later op names %s writes nothing at all', async (_what, bad) => {
    const host = await openFixture('seed002.xlsx');
    const before = dumpWorkbook(host.workbook);
    const plan: EditPlan = { summary: '', ops: [{ op: 'setValues', sheet: '附件5', at: 'H1', values: [['不该写入']] }, bad] };
    await expect(host.applyEditPlan(plan)).rejects.toThrow(HostError);
    expect(dumpWorkbook(host.workbook)).toEqual(before);
  });
});

test('every command still works when sheet names are odd', async () => {
  const grids = await (await XlsxHost.fromBuffer(await seedRenamed("O'Brien 表", '附件1 (2)'))).readWorkbook();
  for (const command of WORKBOOK_COMMANDS) expect(() => command.plan(grids)).not.toThrow();
});
