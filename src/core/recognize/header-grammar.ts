import type { ColumnRole } from './table-kind';

/**
 * How real headers are built when they are not one of the listed words
 * (column-synonyms.ts): an optional prefix naming the activity plus a head
 * naming the role. `考评办法`, `检查方式`, `测评措施` are all a method;
 * `考核内容`, `评分细则`, `创建要求` a criterion; `考评指标（7项）` a category once
 * its bracket is stripped. A new city's wording is a new word here, not code.
 */
export const HEADER_PREFIXES: readonly string[] = [
  '测评', '考评', '考核', '检查', '评分', '评价', '评比', '创建', '评选', '评定', '测试', '督查', '验收', '评估', '考察', '指标', '基本', '评审',
  '具体', '主要', '重点', '工作', '计划', '完成', '责任', '实施', '活动', '细化', '分项', '达标',
];

/** Head words by role; a head may stand alone or after any number of prefixes. */
export const HEADER_HEADS: Readonly<Partial<Record<ColumnRole, readonly string[]>>> = {
  method: ['方法', '办法', '方式', '措施', '途径', '手段'],
  criterion: ['标准', '内容', '要求', '细则', '条件', '标准及要求', '内容及标准', '内容和标准', '要点', '内容及要求', '描述'],
  category: ['项目', '指标', '类别', '类型', '大项', '一级指标', '二级指标', '三级指标', '板块', '指标名称'],
  maxPoints: ['分值', '分数', '标准分', '权重', '满分', '应得分', '基本分', '赋分'],
  score: ['得分', '实得分', '实际得分', '自评分', '自评得分', '评分结果', '扣分', '扣分情况', '计分', '小计', '结果', '评分'],
  task: ['任务', '目标', '事项', '工作任务', '任务要求', '工作目标', '目标任务', '工作事项', '工作要点'],
  deadline: ['时限', '时间节点', '截止时间', '完成时限', '完成时间', '办结时限', '期限', '时间进度', '进度', '进度安排', '整改时限'],
  department: ['责任单位', '负责单位', '负责部门', '责任部门', '牵头单位', '主责单位', '整改责任单位', '整改单位'],
  collection: ['材料清单', '佐证材料清单', '资料清单', '台账', '台账资料', '收集方式', '收集类型'],
  activity: ['内容', '活动内容', '主题', '活动主题', '工作内容', '活动安排', '工作安排'],
};
