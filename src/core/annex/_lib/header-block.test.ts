import { rangeAddress } from '../../grid/a1';
import { headerBlock } from './header-block';

const addresses = (headers: string[][]) => {
  const block = headerBlock(headers);
  return { rows: block.rows, merges: block.merges.map((m) => rangeAddress(m)) };
};

describe('headerBlock', () => {
  test('one row; equal neighbours merge across (seed 000 测评标准 over two columns)', () => {
    expect(addresses([['测评标准'], ['测评标准'], ['测评方法'], ['得分']])).toEqual({
      rows: [['测评标准', null, '测评方法', '得分']],
      merges: ['A1:B1'],
    });
  });

  test('two rows: parents span their children, lone columns span both rows (seed 004 附件4)', () => {
    expect(addresses([['街道社区'], ['联系领导', '市级'], ['联系领导', '区级'], ['包联单位'], ['街巷长', '网格员'], ['街巷长', '城管队员']])).toEqual({
      rows: [['街道社区', '联系领导', null, '包联单位', '街巷长', null], [null, '市级', '区级', null, '网格员', '城管队员']],
      merges: ['A1:A2', 'B1:C1', 'D1:D2', 'E1:F1'],
    });
  });
});
