import fc from 'fast-check';
import { arithmetic, average, call, compare, concat, count, countIf, criterion, iff, ifError, match, num, round, sum, text } from './formula';

describe('formula builders', () => {
  it('write calls, literals and operators', () => {
    expect(call('SUM', 'C5:Q5', 'S5')).toBe('SUM(C5:Q5,S5)');
    expect(text('未达标')).toBe('"未达标"');
    expect(text('say "hi"')).toBe('"say ""hi"""');
    expect(num(0.5)).toBe('0.5');
    expect(compare('T5', '>=', '$Y$5')).toBe('T5>=$Y$5');
    expect(criterion('<', '$Y$3')).toBe('"<"&$Y$3');
    expect(concat('C$3', text(' '))).toBe('C$3&" "');
    expect(iff(compare('T5', '=', '""'), '""', 'T5')).toBe('IF(T5="","",T5)');
    expect(ifError('1/0', '0')).toBe('IFERROR(1/0,0)');
    expect(match('T5', '$Y$5:$Y$7', 'ascending')).toBe('MATCH(T5,$Y$5:$Y$7,1)');
    expect(match('C5', '$X$12:$X$15', 'exact')).toBe('MATCH(C5,$X$12:$X$15,0)');
    expect(round(sum('C5:Q5'), 2)).toBe('ROUND(SUM(C5:Q5),2)');
    expect(countIf('C5:N5', criterion('<', '$Y$3'))).toBe('COUNTIF(C5:N5,"<"&$Y$3)');
    expect(average('C5:E5')).toBe('AVERAGE(C5:E5)');
    expect(count('C5:E5')).toBe('COUNT(C5:E5)');
  });

  it('groups operands that are not single tokens', () => {
    expect(arithmetic('*', 'P5', '$Y$20')).toBe('P5*$Y$20');
    expect(arithmetic('+', 'P5*$Y$20', 'Q5*$Y$21')).toBe('(P5*$Y$20)+(Q5*$Y$21)');
    expect(arithmetic('/', 'SUM(A1:A3)', 'ROWS(A1:A3)')).toBe('SUM(A1:A3)/ROWS(A1:A3)');
    expect(arithmetic('-', 'SUM(A1)+1', '2')).toBe('(SUM(A1)+1)-2');
  });

  it('refuses numbers Excel cannot read and empty joins', () => {
    expect(() => num(Number.NaN)).toThrow('number cannot be written in a formula: NaN');
    expect(() => num(1e21)).toThrow('number cannot be written in a formula: 1e+21');
    expect(() => concat()).toThrow('concat needs at least one part');
    expect(() => arithmetic('+', 'A1')).toThrow('arithmetic + needs at least two operands');
  });

  it('text literals unquote to the original (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const literal = text(s);
        expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
        const inner = literal.slice(1, -1);
        expect(/(^|[^"])"([^"]|$)/.test(inner.replace(/""/g, ''))).toBe(false);
        expect(inner.replace(/""/g, '"')).toBe(s);
      }),
      { numRuns: 10000 },
    );
  });

  it('numbers written are read back exactly (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((d) => Math.abs(d) > 1e-6 || d === 0), (d) => {
        expect(Number(num(d)) === d).toBe(true); // -0 is written as 0, which is the same number
      }),
      { numRuns: 10000 },
    );
  });
});
