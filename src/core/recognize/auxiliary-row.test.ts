import type { CellValue, Grid } from '../grid/grid';
import { profileRow } from './_lib/row-profile';
import { isHeaderAuxiliaryRow } from './auxiliary-row';

const gridOf = (row: CellValue[]): Grid => ({ name: 'S', values: [row], merges: [] });
const auxiliary = (row: CellValue[]) => isHeaderAuxiliaryRow(gridOf(row), 0, profileRow(gridOf(row), 0));

describe('isHeaderAuxiliaryRow', () => {
  test.each<[CellValue[]]>([
    [[null, '（占40%）', '（占30%）', '（占30%）']],
    [[null, null, '（分）', '（分）']],
    [['40%', '60%']],
    [[1, 2, 3, 4, 5]],
    [['1', '2', '3']],
    [['单位：分']],
  ])('weights, units or column numbers: %j', (row) => {
    expect(auxiliary(row)).toBe(true);
  });

  test.each<[CellValue[]]>([
    [[1, '市委宣传部', '和平社区']],
    [['一、组织领导', null, 10]],
    [[1, 2]],
    [[1, 3, 4]],
    [['10分', '组织领导']],
    [[]],
  ])('data: %j', (row) => {
    expect(auxiliary(row)).toBe(false);
  });
});
