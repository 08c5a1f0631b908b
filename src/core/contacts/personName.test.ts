import fc from 'fast-check';
import {
  classifyNameText, isCollectiveWord, isOrganizationName, namesDifferByOneCharacter, normalizePersonName, splitNameList,
} from './personName';

describe('normalizePersonName', () => {
  it.each([
    ['郭  琳', '郭琳', true],
    ['陶  宏', '陶宏', true],
    ['原 浩', '原浩', true],
    ['郭　琳', '郭琳', true],
    ['郭琳', '郭琳', false],
    [' 郭秉会 ', '郭秉会', false],
    ['买买提·艾力', '买买提·艾力', false],
    ['市 委 办 公 室', '市 委 办 公 室', false],
  ])('%j → %j (padded %s)', (text, name, padded) => {
    expect(normalizePersonName(text)).toMatchObject({ name, padded });
  });
});

describe('classifyNameText', () => {
  it.each([
    ['郭小倩', 'person', '郭小倩', {}],
    ['郭  琳', 'person', '郭琳', { padded: true, shown: '郭  琳' }],
    ['郭秉会', 'person', '郭秉会', {}],
    ['李镇', 'person', '李镇', {}],
    ['高书记', 'role', '高书记', { title: '书记' }],
    ['圪塔社区高书记', 'role', '高书记', { org: '圪塔社区', title: '书记' }],
    ['社区书记', 'role', '社区书记', { org: '社区', title: '书记' }],
    ['书记', 'role', '书记', { title: '书记' }],
    ['王女士', 'role', '王女士', { title: '女士' }],
    ['邢宝丽同志', 'person', '邢宝丽', { title: '同志' }],
    ['张敏主任', 'person', '张敏', { title: '主任' }],
    ['刘廷安（市政府副市长）', 'person', '刘廷安', { note: '市政府副市长' }],
    ['各社区', 'collective', '各社区', {}],
    ['各社区书记', 'collective', '各社区书记', {}],
    ['各党支部负责人', 'collective', '各党支部负责人', {}],
    ['各社区主任', 'collective', '各社区主任', {}],
    ['全体成员', 'collective', '全体成员', {}],
    ['市救助站', 'org', '市救助站', {}],
    ['圪塔社区', 'org', '圪塔社区', {}],
    ['基层政权建设与社区治理科', 'org', '基层政权建设与社区治理科', {}],
    ['abc', 'other', 'abc', {}],
    ['请与社区居委会联系并报送', 'other', '请与社区居委会联系并报送', {}],
  ])('%j → %s %j', (text, kind, name, extra) => {
    expect(classifyNameText(text)).toMatchObject({ kind, name, ...extra });
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(typeof classifyNameText(s).kind).toBe('string');
    }), { numRuns: 10000 });
  });
});

describe('collective words and organisations', () => {
  it.each(['各社区', '各社区书记', '各党支部负责人', '各社区主任', '全体成员', '相关科室负责人', '有关单位'])('%s is collective', (text) => {
    expect(isCollectiveWord(text)).toBe(true);
  });
  it.each(['各', '郭小倩', '高书记', '格林'])('%s is not collective', (text) => {
    expect(isCollectiveWord(text)).toBe(false);
  });
  it.each(['市救助站', '市民政局', '圪塔社区', '淇滨区消防救援大队', '社会组织管理与慈善事业促进科'])('%s is an organisation', (text) => {
    expect(isOrganizationName(text)).toBe(true);
  });
  it.each(['郭秉会', '李镇', '王志部', '邓春仙'])('%s is not an organisation', (text) => {
    expect(isOrganizationName(text)).toBe(false);
  });
});

describe('splitNameList', () => {
  it.each([
    ['杨爱民、原天义', ['杨爱民', '原天义']],
    ['孟艳蕊、各社区主任、书记', ['孟艳蕊', '各社区主任', '书记']],
    ['张敏，黄涛,杨兴军', ['张敏', '黄涛', '杨兴军']],
    ['郭  琳', ['郭  琳']],
    ['原 浩', ['原 浩']],
    ['张三 李四', ['张三', '李四']],
    ['刘廷安 （市政府副市长）', ['刘廷安（市政府副市长）']],
    ['', []],
  ])('%j → %j', (text, pieces) => {
    expect(splitNameList(text)).toEqual(pieces);
  });
});

describe('namesDifferByOneCharacter', () => {
  it.each([
    ['邓春仙', '邓春先', true],
    ['桂蕊琴', '桂瑞琴', true],
    ['胡品晶', '胡晶晶', true],
    ['娄明杰', '姜明杰', true],
    ['赵媛', '赵宇', true],
    // a padded name and its unpadded twin are the same name
    ['郭  琳', '郭琳', false],
    ['赵 媛', '赵媛', false],
    ['邓春仙', '邓春仙', false],
    ['孟艳蕊', '孟马成', false],
    ['郭小倩', '郭小倩子', false],
    ['各社区', '各社会', true],
    ['abc', 'abd', false],
    ['郭', '李', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(namesDifferByOneCharacter(a, b)).toBe(expected);
    expect(namesDifferByOneCharacter(b, a)).toBe(expected);
  });

  it('never calls a padded name similar to its unpadded form', () => {
    const han = fc.constantFrom('郭', '琳', '陶', '宏', '邓', '春', '仙', '先');
    fc.assert(fc.property(fc.array(han, { minLength: 2, maxLength: 4 }), fc.nat(3), (chars, at) => {
      const name = chars.join('');
      const padded = [...chars.slice(0, at % chars.length), '  ', ...chars.slice(at % chars.length)].join('');
      expect(namesDifferByOneCharacter(name, padded)).toBe(false);
    }), { numRuns: 2000 });
  });
});
