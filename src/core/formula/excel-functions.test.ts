import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { buildEngine, plain } from './_test/hyperformula';
import { FORBIDDEN_FUNCTIONS, PORTABLE_FUNCTIONS, functionsIn, isPortableFunction, nonPortableFunctions } from './excel-functions';
import { average, call, concat, count, countA, countIf, criterion, iff, ifError, isNumber, max, min, round, rows, sum, sumProduct, text, trim } from './formula';
import { cellRef, columnRange, rangeRef } from './references';
import { competitionRank, denseRank, denseRankIgnoringText } from './dense-rank';
import { countAtLeast, countBelow, shareAtLeast, thresholdLookup, thresholdOf } from './threshold-lookup';

describe('functionsIn', () => {
  it.each([
    ['SUM(C5:Q5)', ['SUM']],
    ['IF(T5<INDEX($Y$5:$Y$7,1),$X$4,INDEX($X$5:$X$7,MATCH(T5,$Y$5:$Y$7,1)))', ['IF', 'INDEX', 'INDEX', 'MATCH']],
    ['"IFS(1)"&A1', []],
    ["'SUM (2)'!A1+'x''IFS('!B2", []],
    ['sumproduct((A1:A3>A1)/countif(A1:A3,A1:A3))+1', ['SUMPRODUCT', 'COUNTIF']],
    ['_xlfn.IFS(A1>1,1)', ['_XLFN.IFS']],
  ])('%s → %j', (formula, names) => {
    expect(functionsIn(formula)).toEqual(names);
  });

  it('tells portable from forbidden', () => {
    expect(nonPortableFunctions('IFS(A1>1,1,TRUE,0)+MAXIFS(A:A,B:B,1)+SUM(A1)')).toEqual(['IFS', 'MAXIFS']);
    expect(isPortableFunction('sumproduct')).toBe(true);
    expect(isPortableFunction('XLOOKUP')).toBe(false);
  });

  it('finds the called name in any built call (property)', () => {
    const args = fc.array(fc.oneof(fc.string().map(text), fc.constantFrom('A1', '$B$2:$B$9', "'O''Brien'!C3")), { maxLength: 4 });
    fc.assert(
      fc.property(fc.constantFrom(...PORTABLE_FUNCTIONS), args, (name, a) => {
        expect(functionsIn(call(name, ...a))).toEqual([name]);
      }),
      { numRuns: 10000 },
    );
  });
});

describe('the allow-list', () => {
  it('holds only functions HyperFormula can check, and none of the forbidden ones', () => {
    const known = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
    expect(PORTABLE_FUNCTIONS.filter((name) => !known.has(name))).toEqual([]);
    expect(PORTABLE_FUNCTIONS.filter((name) => name in FORBIDDEN_FUNCTIONS)).toEqual([]);
  });
});

// Every builder of the module, applied to references on sheets whose names need quoting.
const DATA = '附件1 (2)';
const FORMULAS = "O'Brien";
const ref = (row: number, col: number) => cellRef(row, col, { sheet: DATA });
const scores = columnRange(0, 0, 3, { sheet: DATA, anchor: 'absolute' });
const table = {
  below: cellRef(0, 1, { sheet: DATA, anchor: 'absolute' }),
  labels: columnRange(1, 1, 3, { sheet: DATA, anchor: 'absolute' }),
  thresholds: columnRange(2, 1, 3, { sheet: DATA, anchor: 'absolute' }),
};
const SAMPLES: ReadonlyArray<readonly [string, unknown]> = [
  [sum(scores), 330],
  [min(sum(rangeRef({ top: 0, left: 3, bottom: 1, right: 3 }, { sheet: DATA })), ref(2, 3)), 3],
  [max(scores), 95],
  [average(scores), 82.5],
  [count(scores), 4],
  [countA(table.labels), 3],
  [round(`${ref(0, 0)}/3`, 2), 26.67],
  [iff(isNumber(ref(0, 1)), text('数'), text('文')), '文'],
  [ifError(`1/${ref(3, 3)}`, '0'), 0],
  [trim(concat(text(' 1月 '), text(' '))), '1月'],
  [rows(scores), 4],
  [countIf(scores, criterion('>=', ref(1, 2))), 3],
  [sumProduct(`(${scores}>80)*1`), 2],
  [thresholdLookup(ref(1, 0), table), '未达标'],
  [thresholdLookup(ref(0, 0), table), '三星级'],
  [thresholdLookup(ref(3, 0), table), '五星级'],
  [thresholdOf(text('四星级'), table), 90],
  [countAtLeast(scores, ref(1, 2)), 3],
  [countBelow(scores, ref(1, 2)), 1],
  [shareAtLeast(scores, ref(1, 2)), 0.75],
  [denseRank(ref(1, 0), scores), 4],
  [denseRankIgnoringText(ref(2, 0), scores), 2],
  [competitionRank(ref(0, 0), scores), 3],
];
const DATA_ROWS = [
  [80, '未达标', null, 1],
  [70, '三星级', 80, 2],
  [85, '四星级', 90, 3],
  [95, '五星级', 95, 0],
];

describe('every formula the module emits', () => {
  it.each(SAMPLES)('%s is portable and evaluates in HyperFormula', (formula, expected) => {
    expect(nonPortableFunctions(formula)).toEqual([]);
    const engine = buildEngine({ [DATA]: DATA_ROWS, [FORMULAS]: [[`=${formula}`]] });
    expect(plain(engine.getCellValue({ sheet: engine.getSheetId(FORMULAS)!, row: 0, col: 0 }))).toEqual(expected);
    engine.destroy();
  });

  // Excel forbids \ / ? * [ ] : in sheet names and a leading or trailing quote; everything else must survive quoting.
  const sheetName = fc
    .string({ unit: fc.constantFrom(...'附件评分表 AbZ09_.()\'!-&#,，（）O\'Brien'.split('')), minLength: 1, maxLength: 31 })
    .filter((name) => !name.startsWith("'") && !name.endsWith("'") && name.trim() === name && name.toLowerCase() !== FORMULAS.toLowerCase());

  it('keeps working for any sheet name (property, HyperFormula)', () => {
    const engine = buildEngine({ [FORMULAS]: [] });
    const formulaId = engine.getSheetId(FORMULAS)!;
    fc.assert(
      fc.property(sheetName, fc.integer({ min: 0, max: 100 }), (name, score) => {
        const added = engine.addSheet(name);
        const dataId = engine.getSheetId(added)!;
        engine.setSheetContent(dataId, [[score, '未达标', null], [null, '合格', 60]]);
        const labels = columnRange(1, 1, 1, { sheet: name, anchor: 'absolute' });
        const thresholds = columnRange(2, 1, 1, { sheet: name, anchor: 'absolute' });
        const below = cellRef(0, 1, { sheet: name, anchor: 'absolute' });
        const formula = thresholdLookup(cellRef(0, 0, { sheet: name }), { labels, thresholds, below });
        expect(engine.validateFormula(`=${formula}`)).toBe(true);
        engine.setCellContents({ sheet: formulaId, row: 0, col: 0 }, `=${formula}`);
        expect(plain(engine.getCellValue({ sheet: formulaId, row: 0, col: 0 }))).toBe(score >= 60 ? '合格' : '未达标');
        engine.setCellContents({ sheet: formulaId, row: 0, col: 0 }, null);
        engine.removeSheet(dataId);
      }),
      { numRuns: 1000 },
    );
    engine.destroy();
  });
});
