/**
 * The add-in manifest validates offline against Microsoft's XSD (../shared/schemas) and
 * the rules outside it (resources, https, icon files and sizes); broken manifests are refused.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SchemaMissingError, validateManifest } from '../scripts/validate-manifest-lib.cjs';
import { readPngSize } from '../scripts/_lib/png-size.cjs';
import { scanXmlElements } from '../scripts/_lib/scan-xml-elements.cjs';

const ROOT = resolve(__dirname, '..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

/** The repository manifest with one substring replaced; fails loudly if the anchor moved. */
function broken(find: string, replace: string): string {
  expect(MANIFEST).toContain(find);
  return MANIFEST.replace(find, replace);
}

describe('manifest.xml', () => {
  it('validates against the schema and the resource and icon rules', async () => {
    await expect(validateManifest(MANIFEST)).resolves.toEqual({ valid: true, errors: [] });
  });

  it('is an Excel task pane add-in with a zh-CN default and en-US overrides', () => {
    const elements = scanXmlElements(MANIFEST);
    const hosts = elements.filter((e) => e.name === 'Host' && e.attrs.Name).map((e) => e.attrs.Name);
    expect(hosts).toEqual(['Workbook']);
    expect(elements.find((e) => e.name === 'DisplayName')?.attrs.DefaultValue).toBe('文明创建表格助手');
    expect(MANIFEST).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    // Every default-locale string has an en-US override.
    const strings = elements.filter((e) => e.name === 'bt:String');
    for (const s of strings) {
      const overrides = elements.filter((o) => o.parent === s && o.name === 'bt:Override');
      expect([s.attrs.id, overrides.map((o) => o.attrs.Locale)]).toEqual([s.attrs.id, ['en-US']]);
    }
    const functionNames = MANIFEST.match(/<FunctionName>([^<]+)<\/FunctionName>/g);
    expect(functionNames).toEqual(['<FunctionName>checkActiveSheet</FunctionName>']);
  });
});

describe('validateManifest rejects broken manifests', () => {
  const cases: [string, string, string, RegExp][] = [
    ['a value outside the schema', '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>', /Permissions.*Everything/],
    ['a resid without a resource', '<Description resid="CheckButton.Tooltip"/>', '<Description resid="Check.Missing"/>', /resid="Check\.Missing"> 没有对应的资源/],
    ['a resid of the wrong kind', '<Label resid="Group.Label"/>', '<Label resid="GetStarted.Description"/>', /应引用短字符串/],
    ['an icon of the wrong size', 'assets/icon-80.png', 'assets/icon-64.png', /icon-64\.png 是 64×64 像素，清单要求 80×80/],
    ['an icon that does not exist', 'assets/icon-16.png', 'assets/icon-17.png', /文件不存在：assets\/icon-17\.png/],
    ['a plain http URL', 'https://localhost:3000/commands.html', 'http://localhost:3000/commands.html', /必须使用 https/],
    ['a duplicate resource id', '<bt:Url id="Commands.Url"', '<bt:Url id="Taskpane.Url"', /资源 id “Taskpane\.Url” 重复/],
  ];
  it.each(cases)('%s', async (_name, find, replace, message) => {
    const result = await validateManifest(broken(find, replace));
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(message);
  });

  it('reports a document that is not well-formed', async () => {
    const result = await validateManifest('<OfficeApp><Id>x</Id>');
    expect(result.valid).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/parser error/);
  });

  it('throws SchemaMissingError when the schema folder is missing', async () => {
    await expect(validateManifest(MANIFEST, { schemaDir: join(ROOT, 'no-such-schemas') })).rejects.toBeInstanceOf(SchemaMissingError);
  });
});

describe('assets', () => {
  it('has square PNG icons whose file names give their size', () => {
    const icons = readdirSync(join(ROOT, 'assets')).filter((f) => /^icon-\d+\.png$/.test(f)).sort();
    expect(icons).toEqual(['icon-128.png', 'icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']);
    for (const f of icons) {
      const n = Number(/\d+/.exec(f)![0]);
      expect([f, readPngSize(readFileSync(join(ROOT, 'assets', f)))]).toEqual([f, { width: n, height: n }]);
    }
  });

  it('readPngSize refuses bytes that are not a PNG', () => {
    expect(readPngSize(Buffer.from('GIF89a not a png at all...'))).toBeNull();
  });
});

describe('scanXmlElements', () => {
  it('skips comments, decodes entities and keeps line numbers', () => {
    const xml = '<a>\n<!-- <b x="no"/> -->\n<b x="1 &amp; 2"/>\n<c><d y=\'&#25991;\'/></c></a>';
    const els = scanXmlElements(xml);
    expect(els.map((e) => [e.name, e.line, e.attrs, e.parents.join('/')])).toEqual([
      ['a', 1, {}, ''],
      ['b', 3, { x: '1 & 2' }, 'a'],
      ['c', 4, {}, 'a'],
      ['d', 4, { y: '文' }, 'a/c'],
    ]);
  });
});
