/**
 * The words around names in contact and responsibility cells, as data
 * (DOMAIN §2, seeds 001, 002, 004): titles that stand for a person
 * (`圪塔社区高书记`), collective words that are no person at all (`各社区书记`),
 * organisation endings, and labels (`联系人：`).
 */

/** Titles and honorifics, longest first so that `党支部书记` wins over `书记`. */
export const TITLE_WORDS: readonly string[] = [
  '常务副主任', '党支部书记', '党总支书记', '党工委书记', '纪工委书记', '秘书长', '董事长', '总经理', '副书记', '副主任',
  '副局长', '副科长', '副站长', '副所长', '副队长', '副组长', '副院长', '副校长', '副部长', '副处长', '副市长', '副区长', '副县长',
  '负责人', '联络员', '网格员', '调研员', '书记', '主任', '站长', '所长', '科长', '局长', '处长', '部长', '队长', '院长', '校长',
  '馆长', '社长', '组长', '主席', '经理', '主管', '干事', '专干', '会计', '老师', '医生', '警官', '民警', '村长', '镇长', '乡长',
  '区长', '县长', '市长', '委员', '助理', '同志', '先生', '女士',
].slice().sort((a, b) => b.length - a.length);

/**
 * Collective words: a group, not a person (`各社区`, `全体成员`, `相关科室负责人`).
 * A text is collective when it starts with one of these quantifiers.
 */
export const COLLECTIVE_PREFIXES: readonly string[] = ['各', '全体', '所有', '相关', '有关', '其他', '其余', '部分'];

/** Endings that make a text an organisation, whatever its length. */
export const ORG_SUFFIXES_LONG: readonly string[] = [
  '社区', '街道', '办事处', '居委会', '村委会', '办公室', '值班室', '中心', '学校', '小学', '中学', '大学', '学院', '医院', '卫生院',
  '公司', '集团', '银行', '分行', '支行', '大队', '中队', '支队', '党支部', '党委', '党总支', '分局', '协会', '联合会', '小区',
  '网格', '救助站', '派出所', '法院', '检察院', '政府', '管委会', '服务站', '服务台', '总机', '前台',
];

/**
 * Single-character endings (`市救助站`, `市民政局`). Real names end in them too
 * (`郭秉会`, `李镇`), so they count only for texts of five characters or more,
 * or after a `市`/`县`/`省` prefix, which no surname has.
 */
export const ORG_SUFFIXES_SHORT = '局委办科室所站院校队部厅馆会社村镇乡处组';
export const ORG_PREFIXES = /^[市县省]/;

/** Labels written before or after a contact (`联系人：`, `联系电话`, `邮箱：`). Longest first. */
export const CONTACT_LABELS: readonly string[] = [
  '联系人及联系方式', '联系人及电话', '值班电话', '咨询电话', '投诉电话', '服务电话', '热线电话', '联系方式', '联系电话', '办公电话', '电子邮箱', '联系人', '联络人', '联络员', '手机号码', '手机号',
  '手机', '座机', '固话', '电话', '邮箱', '传真', 'email', 'e-mail', 'tel', 'phone', 'mail',
].slice().sort((a, b) => b.length - a.length);

/** A person's name once padding is removed: 2–4 Han characters, or a name with a middle dot (`买买提·艾力`). */
export const PERSON_NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,8}(?:[·•]\p{Script=Han}{1,8})+)$/u;

/** Separators between names in a list cell (`杨爱民、原天义`, `孟艳蕊，各社区主任`). */
export const NAME_LIST_SEPARATORS = /[、,，;；/\n\r|]+/;
