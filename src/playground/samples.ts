/**
 * The sample workbooks bundled with the playground (copied from test/fixtures
 * by webpack into `samples/`): generated from the five seed notices, plus the
 * variants other cities write.
 */
export const SAMPLES: readonly { readonly file: string; readonly label: string }[] = [
  { file: 'seed000.xlsx', label: '鹤壁：结对共建计划表、星级文明小区评选标准' },
  { file: 'seed001.xlsx', label: '晋城：联点共建活动安排表、考核细则' },
  { file: 'seed002.xlsx', label: '郑州南阳新村：星级标准、领导小组、目标分解' },
  { file: 'seed003.xlsx', label: '月度考核得分（排名与奖惩）' },
  { file: 'seed004.xlsx', label: '资阳：对标责任清单、点位清单、网格责任表' },
  { file: 'variants.xlsx', label: '各地写法变体（表头同义词、数字电话…）' },
];
