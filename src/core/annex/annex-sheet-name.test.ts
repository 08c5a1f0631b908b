import { gridFromRows, type Grid } from '../grid/grid';
import { chooseAnnexSheet, isBuiltAnnex } from './annex-sheet-name';
import { ANNEX_STAMP_FORMAT } from './official-format';

const userSheet = (name: string): Grid => gridFromRows(name, [['附件1'], ['计划表']]);
const builtSheet = (name: string): Grid => ({ ...gridFromRows(name, [['附件1']]), numberFormats: [[ANNEX_STAMP_FORMAT]] });

describe('chooseAnnexSheet', () => {
  test.each([
    ['a free name', [], { sheet: '附件1', replaces: false }],
    ['an annex built earlier is replaced', [builtSheet('附件1')], { sheet: '附件1', replaces: true }],
    ['the user\'s own sheet is kept', [userSheet('附件1')], { sheet: '附件1（整理）', replaces: false }],
    ['the fallback name built earlier is replaced', [userSheet('附件1'), builtSheet('附件1（整理）')], { sheet: '附件1（整理）', replaces: true }],
    ['both names the user\'s', [userSheet('附件1'), userSheet('附件1（整理）')], { sheet: '附件1（整理2）', replaces: false }],
  ])('%s', (_case, sheets, expected) => {
    const { note: _note, ...choice } = chooseAnnexSheet(1, { sheets });
    expect(choice).toEqual(expected);
  });

  test('says why, in Chinese', () => {
    expect(chooseAnnexSheet(1, { sheets: [userSheet('附件1')] }).note).toBe('工作表“附件1”已有其他内容（不是本工具生成的附件），附件写入“附件1（整理）”，原表保持不变。');
  });

  test('the stamp: A1 reads 附件N with the stamp format', () => {
    expect(isBuiltAnnex(builtSheet('x'))).toBe(true);
    expect(isBuiltAnnex(userSheet('x'))).toBe(false);
    expect(isBuiltAnnex({ ...gridFromRows('x', [['计划表']]), numberFormats: [[ANNEX_STAMP_FORMAT]] })).toBe(false);
  });
});
