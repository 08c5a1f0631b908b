import fc from 'fast-check';
import { parseSplitContact, type SplitContactEntry } from './parseSplitContact';

const summary = (entries: readonly SplitContactEntry[]): string[] =>
  entries.map(({ entry, nameIn, phonesIn }) =>
    [`${entry.kind} ${entry.name ?? '-'}`, ...entry.phones.map((p) => p.classification.formatted), `name@${nameIn}`, `phones@${phonesIn}`].join(' | '));

describe('parseSplitContact', () => {
  it.each([
    ['郭  琳', '13503921007', ['person 郭琳 | 13503921007 | name@name | phones@phone']],
    ['张三、李四', '13939263117、13838383838', ['person 张三 | 13939263117 | name@name | phones@phone', 'person 李四 | 13838383838 | name@name | phones@phone']],
    // one office phone for two people: it goes to the first, the second has none
    ['张三、李四', '0392-3311234', ['person 张三 | 0392-3311234 | name@name | phones@phone', 'person 李四 | name@name | phones@name']],
    ['郭小倩', '', ['person 郭小倩 | name@name | phones@name']],
    ['', '13939263117', ['none - | 13939263117 | name@phone | phones@phone']],
    // a phone cell that names its own people keeps them
    ['', '韩旭：15378673897\n徐静：13551701935', ['person 韩旭 | 15378673897 | name@phone | phones@phone', 'person 徐静 | 13551701935 | name@phone | phones@phone']],
    // a name cell that already holds a number keeps it
    ['杨吉全15308382866', '', ['person 杨吉全 | 15308382866 | name@name | phones@name']],
    ['各社区书记', '13939263117', ['collective 各社区书记 | name@name | phones@name', 'none - | 13939263117 | name@phone | phones@phone']],
    ['圪塔社区高书记', '13593341626', ['role 高书记 | 13593341626 | name@name | phones@phone']],
  ])('%j + %j', (nameText, phoneText, expected) => {
    expect(summary(parseSplitContact(nameText, phoneText))).toEqual(expected);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      expect(Array.isArray(parseSplitContact(a, b))).toBe(true);
    }), { numRuns: 5000 });
  });
});
