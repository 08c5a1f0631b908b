import fc from 'fast-check';
import { classifyPhone } from '../../src/core/contacts/classifyPhone';
import { contactTokens, scanContactTokens } from '../../src/core/contacts/_lib/contactTokens';

/**
 * The contacts rule takes shortcuts for the common forms (`郭小倩13939263117`, eleven bare
 * digits). Each shortcut must give exactly what the general code gives, on any text.
 */
const RUNS = 10_000;

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

const piece = fc.constantFrom('郭', '小倩', '韩旭', '微信', 'QQ', '第', '：', ':', ' ', '\n', '；', '、', '(', '（', '+', '+86', '86', '0', '1', '13939263117',
  '1393926311', '139392631170', '0392-', '@', 'a@b.cn', '-', '号', '室', '年', '电话', 'tel');
const text = fc.oneof(fc.string({ maxLength: 24 }), fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
  fc.tuple(fc.array(piece, { maxLength: 4 }), fc.stringMatching(/^1[0-9]{10}$/)).map(([p, phone]) => p.join('') + phone));

test('contactTokens equals the general scan on every text (10,000 runs)', () => {
  fc.assert(fc.property(text, (t) => {
    const fast = JSON.stringify(contactTokens(t));
    const scanned = JSON.stringify(scanContactTokens(t));
    check(fast === scanned, `${JSON.stringify(t)}: ${fast} ≠ ${scanned}`);
  }), { numRuns: RUNS });
});

test('classifyPhone of eleven digits from 1 equals the general path (10,000 runs)', () => {
  // A trailing space keeps the same digits but takes the general path (separators stripped).
  fc.assert(fc.property(fc.stringMatching(/^1[0-9]{10}$/), fc.constantFrom(undefined, '0392', '010'), (digits, areaCode) => {
    const fast = JSON.stringify(classifyPhone(digits, { areaCode }));
    const general = JSON.stringify(classifyPhone(`${digits} `, { areaCode }));
    check(fast === general, `${digits}: ${fast} ≠ ${general}`);
  }), { numRuns: RUNS });
});
