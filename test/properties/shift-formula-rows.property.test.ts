import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { columnLetter } from '../../src/core/grid/a1';
import { shiftFormulaRows } from '../../src/core/formula/shift-formula-rows';

/**
 * `shiftFormulaRows` over 10,000 generated formulas each: against a model that
 * knows which pieces are references (text, quoted sheet names, functions that
 * look like cells never move), against HyperFormula's own copy and paste, and
 * over arbitrary text (never throws, moves compose).
 */
const RUNS = 10_000;
/** HyperFormula computes each formula it is given (≈ 4 ms a run): a tenth of the runs keeps this file to seconds. */
const ENGINE_RUNS = 1_000;
const MAX_ROW = 1_048_576;
const MAX_COL = 16_383;

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

/** A piece of a formula, written as it reads once moved by `rows` (`#REF!` when a reference leaves the sheet). */
type Piece = (rows: number) => string;

interface CellEnd { readonly col: number; readonly row: number; readonly colAnchor: boolean; readonly rowAnchor: boolean; readonly lower: boolean }

function writeEnd(end: CellEnd, rows: number): string | undefined {
  const row = end.rowAnchor ? end.row : end.row + rows;
  if (row < 1 || row > MAX_ROW) return undefined;
  const letters = columnLetter(end.col);
  return `${end.colAnchor ? '$' : ''}${end.lower ? letters.toLowerCase() : letters}${end.rowAnchor ? '$' : ''}${row}`;
}

const SHEET_PREFIXES = ['', '', '', 'Data!', 'Sheet1!', '附件1!', "'附件 1'!", "'O''Brien'!", "'A1'!", "'x!y'!", "'1月'!", "'R1C1'!", "'say \"A1\"'!"];

function cellEnd(maxRow: number, maxCol: number) {
  return fc.record({
    col: fc.oneof(fc.integer({ min: 0, max: Math.min(30, maxCol) }), fc.integer({ min: 0, max: maxCol })),
    row: fc.oneof(fc.integer({ min: 1, max: Math.min(60, maxRow) }), fc.integer({ min: 1, max: maxRow }), fc.integer({ min: Math.max(1, maxRow - 60), max: maxRow })),
    colAnchor: fc.boolean(),
    rowAnchor: fc.boolean(),
    lower: fc.boolean(),
  });
}

/** A cell or a range of cells, with a sheet prefix or none (on both ends of a range, sometimes, when `twice`). */
function cellReference(prefixes: readonly string[], maxRow: number, maxCol: number, options: { ordered?: boolean; twice?: boolean } = {}): fc.Arbitrary<Piece> {
  return fc.tuple(fc.constantFrom(...prefixes), cellEnd(maxRow, maxCol), fc.option(cellEnd(maxRow, maxCol), { nil: undefined }), fc.boolean()).map(([prefix, start, end, prefixTwice]): Piece => (rows) => {
    const [first, last] = options.ordered && end ? [{ ...start, row: Math.min(start.row, end.row), col: Math.min(start.col, end.col) }, { ...end, row: Math.max(start.row, end.row), col: Math.max(start.col, end.col) }] : [start, end];
    const a = writeEnd(first, rows);
    const b = last && writeEnd(last, rows);
    if (a === undefined || (last && b === undefined)) return '#REF!';
    return last ? `${prefix}${a}:${options.twice && prefixTwice ? prefix : ''}${b}` : `${prefix}${a}`;
  });
}

/** Whole rows (`$3:5`): move like cells; whole columns (`A:C`): never move. */
const rowRange = fc.tuple(fc.constantFrom(...SHEET_PREFIXES), fc.integer({ min: 1, max: MAX_ROW }), fc.integer({ min: 1, max: MAX_ROW }), fc.boolean(), fc.boolean()).map(([prefix, a, b, anchorA, anchorB]): Piece => (rows) => {
  const [x, y] = [anchorA ? a : a + rows, anchorB ? b : b + rows];
  if ([x, y].some((r) => r < 1 || r > MAX_ROW)) return '#REF!';
  return `${prefix}${anchorA ? '$' : ''}${x}:${anchorB ? '$' : ''}${y}`;
});
const columnRange = fc.tuple(fc.constantFrom(...SHEET_PREFIXES), fc.integer({ min: 0, max: MAX_COL }), fc.integer({ min: 0, max: MAX_COL })).map(([prefix, a, b]): Piece => () => `${prefix}${columnLetter(a)}:$${columnLetter(b)}`);

/** Text whose content looks like references, quotes doubled. */
const textLiteral = fc.array(fc.constantFrom('A1', '$B$2', "'附件 1'!C3", '""', "'", '!', ':', ' ', '总分', 'LOG10(A1)', '5:5'), { maxLength: 5 }).map((parts): Piece => () => `"${parts.join('')}"`);

/** Things that are not references although they look like them. */
const notReference = fc.constantFrom('TRUE', 'XFE1', 'ABCD1', 'R2D2', '_x1', '总分1', '1E+5', '2.5e-3', '12', '0.5', '#REF!', '#N/A', '#DIV/0!', '#NAME?', '表1[得分]', 'T1[[#This Row],[A1]]').map((text): Piece => () => text);

const OPERATORS = ['+', '-', '*', '/', '&', '=', '<>', '>=', ' ', ','];
/** Functions named like cells (LOG10, ATAN2, DAYS360, DEC2HEX) and plain ones, with their number of arguments. */
const FUNCTIONS: readonly (readonly [string, number])[] = [['SUM', 2], ['IF', 3], ['LOG10', 1], ['ATAN2', 2], ['DAYS360', 2], ['DEC2HEX', 1], ['MAX', 3]];

/** Pieces joined by operators, nested in function calls `depth` levels deep. */
function formulas(leaf: fc.Arbitrary<Piece>, depth: number, operators: readonly string[] = OPERATORS): fc.Arbitrary<Piece> {
  const joined = (piece: fc.Arbitrary<Piece>) => fc.tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom(...operators), { minLength: 3, maxLength: 3 }))
    .map(([pieces, ops]): Piece => (rows) => pieces.map((p, i) => (i === 0 ? '' : ops[i - 1]) + p(rows)).join(''));
  let formula = joined(leaf);
  for (let level = 0; level < depth; level += 1) {
    const inner = formula;
    const call = fc.constantFrom(...FUNCTIONS).chain(([name, arity]) => fc.array(inner, { minLength: arity, maxLength: arity })
      .map((args): Piece => (rows) => `${name}(${args.map((a) => a(rows)).join(',')})`));
    formula = joined(fc.oneof({ weight: 3, arbitrary: leaf }, { weight: 1, arbitrary: call }));
  }
  return formula;
}

const shift = fc.oneof(fc.integer({ min: -60, max: 60 }), fc.integer({ min: -MAX_ROW, max: MAX_ROW }));

describe('shiftFormulaRows', () => {
  test('moves exactly the relative rows of references, and nothing in text, sheet names, functions or names', () => {
    const leaf = fc.oneof(
      { weight: 6, arbitrary: cellReference(SHEET_PREFIXES, MAX_ROW, MAX_COL, { twice: true }) },
      { weight: 1, arbitrary: rowRange },
      { weight: 1, arbitrary: columnRange },
      { weight: 2, arbitrary: textLiteral },
      { weight: 2, arbitrary: notReference },
    );
    fc.assert(fc.property(formulas(leaf, 2), shift, (formula, rows) => {
      const written = formula(0);
      const got = shiftFormulaRows(written, rows);
      check(got === formula(rows), `${written} moved ${rows}: ${got}, expected ${formula(rows)}`);
    }), { numRuns: RUNS });
  });

  test('agrees with HyperFormula’s copy and paste to another row (1,000 runs)', () => {
    const sheets = ['Data', '附件 1', "O'Brien"];
    const prefixes = ['', '', 'Data!', "'附件 1'!", "'O''Brien'!"];
    // Small ranges (HyperFormula computes every formula it holds), no exponents, no quotes inside text
    // (its lexer reads neither), ranges top-left first (its paste fails on `A141:A140`; the model test has them).
    const text = fc.array(fc.constantFrom('A1', '$B$2', 'C3:D4', '!', ' ', '总分', 'LOG10(A1)', '5:5'), { maxLength: 4 }).map((parts): Piece => () => `"${parts.join('')}"`);
    const leaf = fc.oneof({ weight: 6, arbitrary: cellReference(prefixes, 40, 12, { ordered: true }) }, { weight: 2, arbitrary: text }, { weight: 1, arbitrary: fc.constantFrom('TRUE', '12', '0.5').map((t): Piece => () => t) });
    // Without array arithmetic: a bare range (`=A1:B2`) would spill, and HyperFormula refuses to paste over a spill.
    // A fresh engine every 100 runs: HyperFormula keeps every range it has seen, and slows down as they pile up.
    const fresh = () => HyperFormula.buildFromSheets({ 公式: [[null]], ...Object.fromEntries(sheets.map((s) => [s, [[1]]])) }, { licenseKey: 'gpl-v3' });
    let engine = fresh();
    const sheet = engine.getSheetId('公式')!;
    let compared = 0;
    fc.assert(fc.property(formulas(leaf, 1, ['+', '-', '*', '/', '&', '=', '<>', '>=']), fc.integer({ min: 50, max: 100 }), fc.integer({ min: -50, max: 50 }).filter((n) => n !== 0), (formula, row, rows) => {
      const written = `=${formula(0)}`;
      if (!engine.validateFormula(written)) return;
      if (compared % 100 === 99) {
        engine.destroy();
        engine = fresh();
      }
      const at = { sheet, row, col: 0 };
      const there = { sheet, row: row + rows, col: 0 };
      engine.setCellContents(at, [[written]]);
      engine.copy({ start: at, end: at });
      try {
        engine.paste(there);
      } catch (error) {
        throw new Error(`${written} pasted ${rows} rows away from row ${row + 1}: ${String(error)}`);
      }
      // Both written afresh into the same row and read back, so both are normalised alike (`A2:A$1` reads `A$1:A2`).
      const reread = (text: string, col: number) => {
        engine.setCellContents({ sheet, row: row + rows, col }, [[text]]);
        return engine.getCellFormula({ sheet, row: row + rows, col });
      };
      const pasted = reread(engine.getCellFormula(there)!, 1);
      const ours = reread(`=${shiftFormulaRows(formula(0), rows)}`, 2);
      for (const cell of [at, there, { ...there, col: 1 }, { ...there, col: 2 }]) engine.setCellContents(cell, [[null]]);
      check(ours === pasted, `${written} moved ${rows} from row ${row + 1}: ours ${ours}, HyperFormula ${pasted}`);
      compared += 1;
    }), { numRuns: ENGINE_RUNS });
    engine.destroy();
    expect(compared).toBeGreaterThan(ENGINE_RUNS * 0.9);
  });

  test('never throws on any text, moves by 0 to itself, and moves in the same direction compose', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.array(fc.constantFrom('A', 'b', 'X', 'F', 'D', '$', '1', '0', '9', ':', '!', "'", '"', '(', ')', '[', ']', '#', '+', 'E', '.', ' ', '附', '𠀋', ','), { maxLength: 40 }).map((c) => c.join('')),
    );
    const step = fc.integer({ min: 0, max: 600_000 });
    fc.assert(fc.property(text, step, step, fc.boolean(), (formula, a, b, down) => {
      const [x, y] = down ? [a, b] : [-a, -b];
      check(shiftFormulaRows(formula, 0) === formula, `${formula} moved 0`);
      const twice = shiftFormulaRows(shiftFormulaRows(formula, x), y);
      check(twice === shiftFormulaRows(formula, x + y), `${JSON.stringify(formula)}: ${x} then ${y} gave ${twice}, ${x + y} at once gave ${shiftFormulaRows(formula, x + y)}`);
    }), { numRuns: RUNS });
  });
});
