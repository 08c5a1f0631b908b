import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FINDING_CODES, type FindingCode } from '../src/core/findings/codes';
import { findingTitle } from '../src/core/findings/messages.zh-CN';
import { TABLE_KINDS } from '../src/core/recognize/table-kind';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

test('the README opens with the two command lines of DEVELOPERS.md', () => {
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  expect(firstBlock).toMatch(/^npm install && npm start\b/m);
  expect(firstBlock).toMatch(/^npm test\b/m);
});

test.each(Object.keys(FINDING_CODES) as FindingCode[])('the README documents finding code %s with its title and severity', (code) => {
  expect(readme).toContain(`| \`${code}\` | ${findingTitle(code)} | ${FINDING_CODES[code]} |`);
});

test.each(TABLE_KINDS)('the README documents table kind %s', (kind) => {
  expect(readme).toContain(`\`${kind}\``);
});
