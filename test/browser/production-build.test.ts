/**
 * The production build an office deploys (docs/deploy.md): one webpack run with
 * `--env url=https://wenming.example.gov.cn/addin/ --env officejs=local` into a temporary folder,
 * then its manifest, its pages, the pane in Chromium with every request outside its origin
 * blocked, and `npm run package` over it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { chromium, type Browser } from 'playwright-core';
import { buildDist, ROOT } from '../../scripts/_lib/build-dist.cjs';
import { serveStatic } from '../../scripts/_lib/static-server.cjs';
import { scanXmlElements } from '../../scripts/_lib/scan-xml-elements.cjs';
import { validateManifest } from '../../scripts/validate-manifest-lib.cjs';

const BASE = 'https://wenming.example.gov.cn/addin/';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const itIfChromium = existsSync(CHROMIUM) ? it : it.skip;
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

/** The src of every <script> and the script-src of the CSP <meta>, as built (html-webpack-plugin minifies quotes away). */
function scriptsOf(html: string): { srcs: string[]; scriptSrc: string } {
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]);
  const scriptSrc = /script-src ([^;"]*)/.exec(html)?.[1] ?? '';
  return { srcs, scriptSrc };
}

describe('production build (--env url, --env officejs=local)', () => {
  let out: string;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'wenming-prod-'));
    await buildDist({ mode: 'production', quiet: true, env: { url: BASE, officejs: 'local' }, outputPath: out });
  }, 600_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('writes a schema-valid manifest whose every URL is under the address, with the release version', async () => {
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    await expect(validateManifest(manifest)).resolves.toEqual({ valid: true, errors: [] });
    const urls = scanXmlElements(manifest)
      .flatMap((e) => [e.attrs.DefaultValue, e.attrs.Value])
      .filter((v): v is string => typeof v === 'string' && /^https?:/.test(v));
    expect(urls.length).toBeGreaterThanOrEqual(10);
    expect(urls.filter((u) => !u.startsWith(BASE))).toEqual([]);
    expect(urls).toEqual(expect.arrayContaining([`${BASE}taskpane.html`, `${BASE}commands.html`, `${BASE}help.html`, `${BASE}assets/icon-32.png`]));
    expect(manifest).toContain(`<Version>${version}.0</Version>`);
  });

  it('leaves no localhost in dist/ (Microsoft’s office.js only names its internal document.localhost scheme)', () => {
    const files = filesUnder(out);
    const ours = files.filter((f) => !relative(out, f).startsWith('officejs'));
    expect(ours.filter((f) => /localhost/i.test(readFileSync(f, 'latin1'))).map((f) => relative(out, f))).toEqual([]);
    const officeJs = files.filter((f) => relative(out, f).startsWith('officejs'));
    expect(officeJs.map((f) => relative(out, f))).toEqual(expect.arrayContaining(['officejs/office.js', 'officejs/excel-win32-16.01.js', 'officejs/zh-cn/office_strings.js']));
    expect(officeJs.filter((f) => /\/\/localhost|localhost:\d/i.test(readFileSync(f, 'latin1'))).map((f) => relative(out, f))).toEqual([]);
  });

  it('loads every script of the Office pages from its own origin, and the CSP allows no other', () => {
    for (const page of ['taskpane.html', 'commands.html', 'ribbon-result.html']) {
      const { srcs, scriptSrc } = scriptsOf(readFileSync(join(out, page), 'utf8'));
      expect([page, srcs[0]]).toEqual([page, 'officejs/office.js']);
      expect([page, srcs.filter((s) => /^(https?:)?\/\//.test(s))]).toEqual([page, []]);
      expect([page, scriptSrc.trim()]).toEqual([page, "'self'"]);
    }
  });

  itIfChromium('starts the pane with the network blocked and, outside Office, says so in Chinese', async () => {
    const server = await serveStatic(out, { port: 0 });
    const origin = `http://localhost:${server.port}`;
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
      const page = await browser.newPage({ locale: 'zh-CN' });
      const blocked: string[] = [];
      const pageErrors: string[] = [];
      // Every request outside the add-in's own origin fails, as on an intranet without the CDN.
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        blocked.push(url);
        return route.abort('blockedbyclient');
      });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${origin}/taskpane.html`);
      const notice = page.getByTestId('outside-office');
      await notice.waitFor({ timeout: 30_000 });
      await expect(notice.getAttribute('data-reason')).resolves.toBe('notExcel');
      await expect(notice.textContent()).resolves.toContain('请在 Excel 中打开本加载项；没有 Excel 时可用演示页：');
      await expect(notice.getByRole('link').getAttribute('href')).resolves.toBe('playground.html');
      expect(blocked).toEqual([]);

      // office.js itself unreachable (a CDN build on such a network): the page says that too.
      const noOfficeJs = await browser.newPage({ locale: 'zh-CN' });
      await noOfficeJs.route('**/officejs/office.js', (route) => route.abort('blockedbyclient'));
      await noOfficeJs.goto(`${origin}/taskpane.html`);
      await expect(noOfficeJs.getByTestId('outside-office').getAttribute('data-reason')).resolves.toBe('noOfficeJs');
      await expect(noOfficeJs.getByTestId('outside-office').textContent()).resolves.toContain('未能加载 office.js');

      // The ribbon command's result dialog shows the lines it is given.
      await page.goto(`${origin}/ribbon-result.html?title=${encodeURIComponent('校验完成')}&line=${encodeURIComponent('已校验工作表“附件1”')}&line=${encodeURIComponent('第二行')}`);
      await expect(page.locator('#title').textContent()).resolves.toBe('校验完成');
      await expect(page.locator('#lines p').allTextContents()).resolves.toEqual(['已校验工作表“附件1”', '第二行']);
      expect(blocked).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await browser?.close();
      await server.close();
    }
  }, 120_000);

  it('packages the build: npm run package writes wenming-sheets-<version>.zip with the site and the manifest', async () => {
    const release = mkdtempSync(join(tmpdir(), 'wenming-release-'));
    try {
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package.cjs'), '--dist', out, '--out', release], { cwd: ROOT, encoding: 'utf8' });
      expect([run.status, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toContain(`加载项地址 ${BASE}`);
      const zip = await JSZip.loadAsync(readFileSync(join(release, `wenming-sheets-${version}.zip`)));
      const folder = `wenming-sheets-${version}/`;
      expect(Object.keys(zip.files)).toEqual(expect.arrayContaining([`${folder}manifest.xml`, `${folder}部署说明.txt`, `${folder}web/taskpane.html`, `${folder}web/officejs/office.js`, `${folder}web/assets/icon-80.png`]));
      await expect(zip.file(`${folder}manifest.xml`)!.async('string')).resolves.toBe(readFileSync(join(out, 'manifest.xml'), 'utf8'));
    } finally {
      rmSync(release, { recursive: true, force: true });
    }
  });
});
