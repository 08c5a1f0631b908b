import fc from 'fast-check';
import { parseContactCell, type ContactEntry } from './parseContactCell';

/** One line per entry: kind, name, the interesting extras, then phones and e-mails. */
function summary(entries: readonly ContactEntry[]): string[] {
  return entries.map((e) => {
    const extras = [
      e.padded ? `shown “${e.shown}”` : '',
      e.org ? `org ${e.org}` : '',
      e.title ? `title ${e.title}` : '',
      e.note ? `note ${e.note}` : '',
    ].filter((x) => x !== '');
    const phones = e.phones.map((p) => `${p.classification.formatted} ${p.classification.kind}${p.classification.issue ? ` ${p.classification.issue}` : ''}`);
    const emails = e.emails.map((m) => `${m.text}${m.valid ? '' : ' INVALID'}`);
    return [`${e.kind} ${e.name ?? '-'}`, ...extras, ...phones, ...emails].join(' | ');
  });
}

describe('parseContactCell', () => {
  it.each([
    ['郭小倩13939263117', ['person 郭小倩 | 13939263117 mobile']],
    ['郭  琳13503921007', ['person 郭琳 | shown “郭  琳” | 13503921007 mobile']],
    ['郭玉功 15139292958', ['person 郭玉功 | 15139292958 mobile']],
    ['吴  敏 13939281146', ['person 吴敏 | shown “吴  敏” | 13939281146 mobile']],
    [' 郭秉会13030391689', ['person 郭秉会 | 13030391689 mobile']],
    ['韩旭：15378673897\n徐静：13551701935', ['person 韩旭 | 15378673897 mobile', 'person 徐静 | 13551701935 mobile']],
    ['廖鹏\n\n13982991270；杨贵\n\n13568539001', ['person 廖鹏 | 13982991270 mobile', 'person 杨贵 | 13568539001 mobile']],
    ['圪塔社区高书记 13593341626', ['role 高书记 | org 圪塔社区 | title 书记 | 13593341626 mobile']],
    ['圪塔社区 高书记 13593341626', ['role 高书记 | org 圪塔社区 | title 书记 | 13593341626 mobile']],
    ['联络人：景小莉 15234666038', ['person 景小莉 | 15234666038 mobile']],
    ['陶  宏\n13982969551', ['person 陶宏 | shown “陶  宏” | 13982969551 mobile']],
    ['邮箱：hebiwmb@163.com', ['none - | hebiwmb@163.com']],
    ['景小莉 15234666038 邮箱：cwzhbbgs@163.con', ['person 景小莉 | 15234666038 mobile | cwzhbbgs@163.con INVALID']],
    ['0392-3311234', ['none - | 0392-3311234 landline']],
    ['市救助站(0356)2221234', ['org 市救助站 | 0356-2221234 landline']],
    ['（0356）2221234', ['none - | 0356-2221234 landline']],
    ['杜红瑛\n\n028-26651234', ['person 杜红瑛 | 028-26651234 landline']],
    ['郭文军135696667405', ['person 郭文军 | 135696667405 invalid PHONE_INVALID']],
    ['张三 13939263117/0392-3311234', ['person 张三 | 13939263117 mobile | 0392-3311234 landline']],
    ['13939263117 郭小倩', ['person 郭小倩 | 13939263117 mobile']],
    ['郭小倩', ['person 郭小倩']],
    ['孟艳蕊、各社区主任、书记', ['person 孟艳蕊', 'collective 各社区主任', 'role 书记 | title 书记']],
    ['邢鹏、各社区书记、主任', ['person 邢鹏', 'collective 各社区书记', 'role 主任 | title 主任']],
    ['刘廷安（市政府副市长）', ['person 刘廷安 | note 市政府副市长']],
    ['郭\u3000琳１３５０３９２１００７', ['person 郭琳 | shown “郭 琳” | 13503921007 mobile']],
    ['值班电话 3311234', ['none - | 3311234 ambiguous-local PHONE_NO_AREA_CODE']],
    ['QQ：12345678', ['other QQ:12345678']],
    ['417室', ['other 417室']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(summary(parseContactCell(text))).toEqual(expected);
  });

  it('reads the numbered forms in seed 004 and 001 in one go', () => {
    expect(summary(parseContactCell('联络人：景小莉 15234666038\n\n圪塔社区高书记 13593341626'))).toMatchInlineSnapshot(`
[
  "person 景小莉 | 15234666038 mobile",
  "role 高书记 | org 圪塔社区 | title 书记 | 13593341626 mobile",
]
`);
  });

  it('uses the area code it is given for numbers without one', () => {
    const [entry] = parseContactCell('值班室 3311234', { areaCode: '0392' });
    expect(entry.phones[0].classification.suggested).toBe('0392-3311234');
  });

  it('stays linear on cells as long as Excel allows (32,767 characters)', () => {
    const start = Date.now();
    for (const text of ['1'.repeat(32767), 'a'.repeat(32766) + '@', '郭琳 13939263117、'.repeat(1800)]) parseContactCell(text);
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it('never throws over arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(Array.isArray(parseContactCell(s))).toBe(true);
    }), { numRuns: 10000 });
  });

  it('never throws over contact-like text', () => {
    const unit = fc.constantFrom('郭', '琳', '高', '书记', '各', '社区', '1', '3', '9', '0', '-', '(', ')', '：', '、', '；', '\n', ' ', '\u3000', '@', '.', 'a', '（', '）', '室');
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
      for (const entry of parseContactCell(s, { areaCode: '0392' })) {
        expect(['person', 'role', 'collective', 'org', 'other', 'none']).toContain(entry.kind);
      }
    }), { numRuns: 10000 });
  });
});
