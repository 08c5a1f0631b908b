import { levelsAreValid, lowestLevel, shareOf, type LevelRow } from './score-options';

const rows = (...pairs: [string, string][]): LevelRow[] => pairs.map(([label, min]) => ({ label, min }));

describe('score options (评分 tab)', () => {
  it.each<[string, LevelRow[], boolean]>([
    ['seed 000 levels, highest first', rows(['五星级', '95'], ['四星级', '90'], ['三星级', '80']), true],
    ['no levels (no level column)', [], true],
    ['decimals and spaces', rows([' 合格 ', ' 59.5 '], ['优秀', '90']), true],
    ['a name missing', rows(['', '80']), false],
    ['a minimum missing', rows(['三星级', '']), false],
    ['not a number', rows(['三星级', '八十']), false],
    ['same minimum twice', rows(['三星级', '80'], ['四星级', '80']), false],
    ['same name twice', rows(['三星级', '80'], ['三星级', '90']), false],
    ['above the full score', rows(['三星级', '101']), false],
  ])('%s', (_, levels, valid) => {
    expect(levelsAreValid(levels, 100)).toBe(valid);
  });

  it('takes the lowest level as the default goal', () => {
    expect(lowestLevel(rows(['五星级', '95'], ['四星级', '90'], ['三星级', '80']))).toBe('三星级');
    expect(lowestLevel(rows(['优秀', '90'], ['', 'x'], [' 合格 ', '60']))).toBe('合格');
    expect(lowestLevel([])).toBeUndefined();
  });

  it.each<[string, number | undefined]>([['50', 0.5], [' 62.5 ', 0.625], ['100', 1], ['1', 0.01], ['0', undefined], ['101', undefined], ['', undefined], ['五十', undefined], ['-5', undefined]])(
    'reads the share %j', (typed, share) => expect(shareOf(typed)).toBe(share),
  );
});
