import { FINDING_CODES, type FindingCode } from './codes';
import { describeFinding, findingTitle, MESSAGES_ZH_CN } from './messages.zh-CN';

const CODES = Object.keys(FINDING_CODES) as FindingCode[];

describe('finding titles', () => {
  test('the titles people meet first', () => {
    expect(findingTitle('PHONE_INVALID')).toBe('电话号码无效');
    expect(findingTitle('PHONE_SHARED')).toBe('同一号码登记给不同的人');
    expect(findingTitle('ROW_SHARED_DETAILS')).toBe('不同行登记了相同信息');
  });

  test.each(CODES)('%s has a short Chinese title with no facts, no code and no end punctuation', (code) => {
    const title = findingTitle(code);
    expect(title).toMatch(/^[\u4e00-\u9fff]/);
    // A heading in a 320 px pane and the start of a cell note: a dozen characters at most.
    expect([...title].length).toBeLessThanOrEqual(12);
    expect(title).not.toMatch(/[{}A-Za-z_：。！？；，]/);
  });

  test('every code has its own title, so grouping by title is grouping by code', () => {
    const titles = CODES.map(findingTitle);
    expect(new Set(titles).size).toBe(CODES.length);
  });

  test('the message table has exactly the codes, each with a title beside its message', () => {
    expect(Object.keys(MESSAGES_ZH_CN).sort()).toEqual([...CODES].sort());
    const { message } = describeFinding('PHONE_INVALID', { phone: '135696667405', reason: '位数不对' });
    expect(message).toBe('电话号码“135696667405”无效：位数不对');
  });
});
