import fc from 'fast-check';
import { balanceLabel, halfWidths, longestUnbreakable, textHeightPt, wrappedLines } from './measure-text';

describe('measuring Chinese text', () => {
  test.each([
    ['序号', 4],
    ['13939263117', 11],
    ['郭小倩13939263117', 17],
    ['（淇滨区46个）', 14],
    ['“讲文明树新风”', 16],
  ])('halfWidths(%j) = %i', (text, width) => expect(halfWidths(text)).toBe(width));

  test('a phone number never breaks', () => {
    expect(longestUnbreakable('廖鹏\n13982991270；杨贵')).toBe(11);
    expect(wrappedLines('郭小倩13939263117', 12)).toBe(2);
  });

  test.each([
    ['华山路与九江路交叉口', 10, 2],
    ['华山路与九江路交叉口', 20, 1],
    ['第一行\n第二行', 20, 2],
    ['无占用、堵塞', 10, 2], // `、` may not start a line: it stays with `用`
  ])('wrappedLines(%j, %i) = %i', (text, perLine, lines) => expect(wrappedLines(text, perLine)).toBe(lines));

  test('more width never means more lines, and there is always a line', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('市', '、', '1', '（', '）', ' ', '\n', 'a') }), fc.integer({ min: 1, max: 40 }), (text, perLine) => {
      const lines = wrappedLines(text, perLine);
      expect(lines).toBeGreaterThanOrEqual(1);
      expect(wrappedLines(text, perLine + 1)).toBeLessThanOrEqual(lines);
    }), { numRuns: 10000 });
  });

  test('row height grows with the lines', () => {
    expect(textHeightPt('短', 20, 12)).toBeLessThan(textHeightPt('很长'.repeat(30), 20, 12));
  });

  test.each([
    ['包联部门联系人', 13, '包联部门\n联系人'],
    ['序号', 6, '序号'],
    ['测评项目', 20, '测评项目'],
  ])('balanceLabel(%j, %d) → %j', (text, width, expected) => expect(balanceLabel(text, width, 10.5)).toBe(expected));
});
