import fc from 'fast-check';
import { cellInputFromFormula, cellValueFromOffice, dateToSerial, formulaEntry, needsTextMarker } from './office-values';
import { footerSections } from '../queue-page-setup';
import { characterWidthToPoints, hyperlinkOf } from '../queue-edit-op';

describe('needsTextMarker', () => {
  it.each([
    ['13939263117', true], ['0392-3311234', true], ['6月30日前', true], ['=SUM(A1)', true], ['-', true],
    ['TRUE', true], ['#N/A', true], ['１３９', true], [' 前导空格', true],
    ['郭小倩', false], ['市委办公室', false], ['全年', false], ['按时间节点', false],
  ])('%s → %s', (text, expected) => {
    expect(needsTextMarker(text)).toBe(expected);
  });
});

describe('formulaEntry', () => {
  it.each([
    [null, ''], ['郭小倩', '郭小倩'], ['13939263117', "'13939263117"], [42, 42], [true, true],
    [{ formula: 'SUM(C4:C9)' }, '=SUM(C4:C9)'], [{ formula: '=MIN(B2,3)' }, '=MIN(B2,3)'],
    [{ text: '0392-3311234', hyperlink: 'tel:03923311234' }, "'0392-3311234"],
  ])('%j → %j', (input, expected) => {
    expect(formulaEntry(input as never)).toEqual(expected);
  });

  it('writes a date as its Excel serial', () => {
    expect(formulaEntry(new Date(Date.UTC(2020, 5, 30)))).toBe(44012);
    expect(dateToSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(2);
  });

  it('round-trips any text through Excel\'s marker', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const entry = formulaEntry(text);
      const stored = typeof entry === 'string' && entry.startsWith("'") ? entry.slice(1) : entry;
      expect(stored).toBe(text);
      // Unmarked text never reads as a formula, number or boolean.
      if (entry === text && text !== '') expect(/^[=+\-@'#0-9]|^(true|false)$/i.test(text)).toBe(false);
    }), { numRuns: 10000 });
  });
});

describe('cellValueFromOffice / cellInputFromFormula', () => {
  it.each([
    ['#REF!', 'Error', { error: '#REF!' }], ['', 'Empty', null], [3.5, 'Double', 3.5], [false, 'Boolean', false], ['文明', 'String', '文明'],
  ])('%j (%s)', (value, type, expected) => {
    expect(cellValueFromOffice(value, type)).toEqual(expected);
  });
  it.each([['=A1+1', { formula: 'A1+1' }], ['', null], [7, 7], ['文本', '文本']])('%j', (entry, expected) => {
    expect(cellInputFromFormula(entry)).toEqual(expected);
  });
});

describe('footerSections', () => {
  it.each([
    ['&C— &P —', { left: '', center: '— &P —', right: '' }],
    ['&L左&C中&R右', { left: '左', center: '中', right: '右' }],
    ['第 &P 页', { left: '', center: '第 &P 页', right: '' }],
  ])('%s', (code, expected) => {
    expect(footerSections(code)).toEqual(expected);
  });
});

describe('characterWidthToPoints', () => {
  it.each([[8.43, 48], [20, 108.75]])('%s characters → %s pt', (chars, points) => {
    expect(characterWidthToPoints(chars)).toBeCloseTo(points, 0);
  });
});

describe('hyperlinkOf', () => {
  it.each([
    [{ text: 'E27', hyperlink: "#'附件1 (2)'!E27" }, { documentReference: "'附件1 (2)'!E27", textToDisplay: 'E27' }],
    [{ text: '网站', hyperlink: 'https://example.org/' }, { address: 'https://example.org/', textToDisplay: '网站' }],
  ])('%j', (input, expected) => {
    expect(hyperlinkOf(input)).toEqual(expected);
  });
});
