import { rowShifter, shiftFormulaRows } from './shift-formula-rows';

describe('shiftFormulaRows', () => {
  it.each([
    // Relative, absolute and mixed cells.
    ['B5', 1, 'B6'],
    ['$B5', 3, '$B8'],
    ['B$5', 3, 'B$5'],
    ['$Y$5', 100, '$Y$5'],
    ['b5+c$5', 1, 'b6+c$5'],
    // Ranges: each end moves on its own; whole rows move, whole columns have no row.
    ['SUM(C4:Q4,T4)', 1, 'SUM(C5:Q5,T5)'],
    ['SUMPRODUCT(($U$4:$U$49>U4)*1)', 2, 'SUMPRODUCT(($U$4:$U$49>U6)*1)'],
    ['SUM($C4:C$9)', 1, 'SUM($C5:C$9)'],
    ['SUM(5:5)', 2, 'SUM(7:7)'],
    ['SUM($5:6)', 2, 'SUM($5:8)'],
    ['SUM(A:C)', 5, 'SUM(A:C)'],
    // Sheet-qualified references: the name is kept as written, the reference moves.
    ["'附件 1'!A3", 1, "'附件 1'!A4"],
    ["'O''Brien'!B2:C3", 1, "'O''Brien'!B3:C4"],
    ["'A1'!A1", 1, "'A1'!A2"],
    ["'x!y'!A1+1", 1, "'x!y'!A2+1"],
    ['附件1!E5&Sheet2!$E$5', 1, '附件1!E6&Sheet2!$E$5'],
    ['Data!A1:Data!B2', 1, 'Data!A2:Data!B3'],
    ['COUNTIF(Data!A:A,A1)', 1, 'COUNTIF(Data!A:A,A2)'],
    // Text is never a reference, whatever it looks like.
    ['A1&"A1"', 1, 'A2&"A1"'],
    ['"say ""B2"" to \'x\'!C3"&B2', 1, '"say ""B2"" to \'x\'!C3"&B3'],
    // Names that look like cells: functions, tables, numbers with exponents, names past XFD.
    ['LOG10(A1)+ATAN2(B1,C1)+DAYS360(D1,E1)', 1, 'LOG10(A2)+ATAN2(B2,C2)+DAYS360(D2,E2)'],
    ['表1[得分]+T1[[#This Row],[A1]]', 1, '表1[得分]+T1[[#This Row],[A1]]'],
    ['1E+5+2.5e-3*E5', 1, '1E+5+2.5e-3*E6'],
    ['XFD1+XFE1+ABCD1+R2D2', 1, 'XFD2+XFE1+ABCD1+R2D2'],
    ['TRUE+_x1+总分1', 1, 'TRUE+_x1+总分1'],
    // Error literals keep their `!`; a reference pushed off the sheet becomes #REF!, sheet name and all.
    ['#REF!+#DIV/0!+#N/A+A1', 1, '#REF!+#DIV/0!+#N/A+A2'],
    ['A1048576+B2', 1, '#REF!+B3'],
    ['SUM(A1:B2)', -1, 'SUM(#REF!)'],
    ["'附件 1'!A1+A2", -1, '#REF!+A1'],
    ['A1', 1_048_575, 'A1048576'],
    // Nothing to move.
    ['', 4, ''],
    ['"A1"', 4, '"A1"'],
    ['1+2', 4, '1+2'],
  ])('%s moved %i rows → %s', (formula, rows, expected) => {
    expect(shiftFormulaRows(formula, rows)).toBe(expected);
  });

  it('moves by zero rows to the formula as written', () => {
    expect(shiftFormulaRows('a1+$B$2', 0)).toBe('a1+$B$2');
  });

  it('parses once and writes any row (rowShifter)', () => {
    const at = rowShifter('IF(U4="","",U4/$U$3)');
    expect([1, 2, 99_996].map(at)).toEqual(['IF(U5="","",U5/$U$3)', 'IF(U6="","",U6/$U$3)', 'IF(U100000="","",U100000/$U$3)']);
  });

  it('refuses a fractional shift (a caller bug)', () => {
    expect(() => shiftFormulaRows('A1', 0.5)).toThrow('rows must be an integer, got 0.5');
  });
});
