import fc from 'fast-check';
import { withinOneEdit } from './within-one-edit';

describe('withinOneEdit', () => {
  test.each([
    ['测评容', '测评内容', true],
    ['测评内容', '测评内容', true],
    ['测评标谁', '测评标准', true],
    ['考评内容', '测评标准', false],
    ['内容', '内容及标准', false],
    ['ab', 'ba', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });

  test('one deleted, inserted or replaced character is always within one edit', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }), fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (s, n, c) => {
      const i = n % s.length;
      return withinOneEdit(s, s.slice(0, i) + s.slice(i + 1)) && withinOneEdit(s, s.slice(0, i) + c + s.slice(i)) && withinOneEdit(s, s.slice(0, i) + c + s.slice(i + 1));
    }));
  });

  test('is symmetric', () => {
    fc.assert(fc.property(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), (a, b) => withinOneEdit(a, b) === withinOneEdit(b, a)));
  });
});
