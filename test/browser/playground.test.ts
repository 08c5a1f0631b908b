/**
 * The playground in Debian's Chromium (playwright-core, no downloaded browsers):
 * the task pane over the bundled seed 000 workbook, run like a user would.
 * Builds dist/ first when it is stale and serves it with the `npm start` server.
 * Saves a screenshot of each pane tab to test/output/screenshots/ (ignored by git), or to
 * docs/screenshots/ with UPDATE_SCREENSHOTS=1 when the pictures in the docs should be refreshed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildDist, distIsStale, ROOT } from '../../scripts/_lib/build-dist.cjs';
import { serveStatic } from '../../scripts/_lib/static-server.cjs';
import type { FindingCode } from '../../src/core/findings/codes';
import { findingTitle } from '../../src/core/findings/messages.zh-CN';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : join(ROOT, 'test', 'output', 'screenshots');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(`跳过浏览器测试：找不到 ${CHROMIUM}（apt-get install -y chromium fonts-noto-cjk，或设置 CHROMIUM_PATH）。`);
}
const describeIfChromium = haveChromium ? describe : describe.skip;

/**
 * Prepended to the core worker's script in the cancel test: the result of a job over more than
 * 30,000 rows is never posted, as if the job were still running. Runs before the worker's own
 * `onmessage`, which it leaves untouched.
 */
const HOLD_BIG_RESULTS = `(() => {
  const post = self.postMessage.bind(self);
  const held = new Set();
  self.addEventListener('message', (event) => {
    const sheets = (event.data && event.data.job && event.data.job.workbook && event.data.job.workbook.sheets) || [];
    if (sheets.reduce((rows, sheet) => rows + ((sheet.values && sheet.values.length) || 0), 0) > 30000) held.add(event.data.id);
  });
  self.postMessage = (message, ...rest) => { if (!(message && message.type === 'done' && held.has(message.id))) post(message, ...rest); };
})();
`;

describeIfChromium('playground in Chromium', () => {
  let server: { port: number; close(): Promise<unknown> };
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let base: string;
  const external: string[] = [];
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (distIsStale()) await buildDist({ mode: 'production', quiet: true });
    server = await serveStatic(join(ROOT, 'dist'), { port: 0 });
    base = `http://localhost:${server.port}`;
    profile = mkdtempSync(join(tmpdir(), 'wenming-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1400, height: 900 },
      locale: 'zh-CN',
      args: ['--lang=zh-CN', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (request) => {
      if (!request.url().startsWith(base) && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) external.push(request.url());
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    mkdirSync(SHOTS, { recursive: true });
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const pane = () => page.getByTestId('pane');
  const openTab = async (id: string) => {
    await page.getByTestId(`tab-${id}`).click();
    await page.getByTestId(`panel-${id}`).waitFor();
  };
  const idle = () => page.getByTestId('busy').waitFor({ state: 'detached', timeout: 60_000 });
  const shoot = (name: string) => pane().screenshot({ path: join(SHOTS, name) });
  const sheetTabs = () => page.getByTestId('sheet-tab').allTextContents();
  /** Elements of the pane that reach past its right edge, or scroll sideways: nothing may. */
  const overflowing = () => pane().evaluate((root) => {
    const edge = root.getBoundingClientRect().right + 0.5;
    const out: string[] = [];
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const what = `${el.tagName.toLowerCase()}[${el.getAttribute('data-testid') ?? ''}] “${(el.textContent ?? '').slice(0, 24)}”`;
      if (box.right > edge) out.push(`${what} ${Math.round(box.right - edge)}px past the edge`);
      else if (getComputedStyle(el).overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) out.push(`${what} scrolls sideways`);
    }
    return out;
  });
  /** The pane at the size Excel gives it on a small screen (320×580), or back to the playground's. */
  const paneSize = (size?: { width: number; height: number }) => pane().evaluate((el, s) => {
    el.style.width = s ? `${s.width}px` : '';
    el.style.height = s ? `${s.height}px` : '';
  }, size);
  const gridTexts = () => page.locator('[data-testid=workbook-view] td').allTextContents();

  it('opens the bundled sample and shows the recognised tables', async () => {
    await page.goto(`${base}/playground.html`);
    await page.getByTestId('recognized-table').first().waitFor({ timeout: 60_000 });
    await idle();
    const kinds = await page.getByTestId('recognized-table').evaluateAll((tables) => tables.map((t) => t.getAttribute('data-kind')));
    expect(kinds.filter((k) => k === 'pairing-plan')).toHaveLength(3);
    expect(kinds).toContain('rubric');
    await expect(page.getByTestId('data-rows').first().textContent()).resolves.toContain('46');
    expect(await sheetTabs()).toEqual(['通知', '附件1', '附件2']);
    await shoot('pane-recognize.png');
    await page.screenshot({ path: join(SHOTS, 'playground.png') });
  });

  it('corrects a column role on 识别, keeps it for the next read, and restores the recognition', async () => {
    const rubric = page.locator('[data-testid=recognized-table][data-kind=rubric]');
    const columnC = rubric.locator('[data-testid=column-role][data-letter=C]');
    await expect(columnC.getAttribute('data-role')).resolves.toBe('method');
    await columnC.getByRole('combobox').click();
    await page.getByRole('option', { name: '备注' }).click();
    await idle();
    await rubric.locator('[data-testid=column-role][data-letter=C][data-role=note]').waitFor();
    await expect(rubric.textContent()).resolves.toContain('已按您的更正识别');
    // 重新读取 reads the workbook again: the correction is kept with it.
    await page.getByRole('button', { name: '重新读取' }).click();
    await idle();
    await rubric.locator('[data-testid=column-role][data-letter=C][data-role=note]').waitFor();
    await rubric.getByRole('button', { name: '恢复自动识别' }).click();
    await idle();
    await rubric.locator('[data-testid=column-role][data-letter=C][data-role=method]').waitFor();
  });

  it('lists findings by severity and code; clicking one selects its cell in the grid', async () => {
    await openTab('check');
    await page.getByTestId('check-summary').waitFor();
    const finding = page.getByTestId('finding').first();
    await finding.waitFor();
    // Each group is headed by its Chinese title; the code follows as secondary text.
    const groups = await page.getByTestId('finding-group').evaluateAll((els) => els.map((el) => [el.getAttribute('data-code'), el.textContent]));
    expect(groups.length).toBeGreaterThan(0);
    for (const [code, text] of groups) {
      expect(text!.startsWith(findingTitle(code as FindingCode))).toBe(true);
      expect(text!.endsWith(code!)).toBe(true);
    }
    const target = await finding.getAttribute('data-cell');
    const [sheet, address] = target!.split('!');
    await finding.click();
    await expect(page.getByTestId('workbook-view').getAttribute('data-sheet')).resolves.toBe(sheet);
    const selected = page.locator('[data-testid=workbook-view] td[data-selected=true]');
    await selected.waitFor();
    expect(await selected.getAttribute('data-address')).toBe(address);
    await shoot('pane-check.png');
  });

  it('marks the findings in the sheets, and undoes the marks', async () => {
    const target = (await page.getByTestId('finding').first().getAttribute('data-cell'))!;
    const [, address] = target.split('!');
    const cell = page.locator(`[data-testid=workbook-view] td[data-address="${address}"]`);
    const fillBefore = await cell.getAttribute('data-fill');
    await page.getByTestId('mark').click();
    await expect(page.getByTestId('edit-message').textContent()).resolves.toContain('已完成');
    await idle();
    expect(await sheetTabs()).toContain('校验结果');
    await expect(cell.getAttribute('data-fill')).resolves.toMatch(/^#[0-9A-F]{6}$/);
    await page.getByTestId('finding').first().click();
    await page.locator('[data-testid=workbook-view] td[data-selected=true]').waitFor();
    await page.screenshot({ path: join(SHOTS, 'playground-marked.png') });
    await page.getByTestId('undo').click();
    await expect(page.getByTestId('edit-message').textContent()).resolves.toContain('已撤销');
    await idle();
    expect(await sheetTabs()).not.toContain('校验结果');
    expect(await cell.getAttribute('data-fill')).toBe(fillBefore);
  });

  it('applies the contact fixes, and undo restores every cell', async () => {
    await page.getByTestId('sheet-tab').filter({ hasText: /^附件1$/ }).click();
    const before = await gridTexts();
    await page.getByTestId('fix').click();
    await expect(page.getByTestId('edit-message').textContent()).resolves.toMatch(/已完成|无需修复|没有可以自动修复/);
    await idle();
    const fixed = await gridTexts();
    expect(fixed).not.toEqual(before);
    await page.getByTestId('undo').click();
    await expect(page.getByTestId('edit-message').textContent()).resolves.toContain('已撤销');
    await idle();
    expect(await gridTexts()).toEqual(before);
  });

  it('builds a score sheet from 附件2 for the 46 淇滨区 communities with the edited thresholds', async () => {
    await openTab('score');
    await expect(page.getByTestId('score-rubric').textContent()).resolves.toContain('附件2');
    await expect(page.getByTestId('score-entities').textContent()).resolves.toContain('淇滨区46个');
    await expect(page.getByTestId('panel-score').textContent()).resolves.toContain('共 46 个对象');
    await expect(page.getByTestId('score-target-level').textContent()).resolves.toBe('三星级');
    expect(await page.getByTestId('score-target-share').inputValue()).toBe('50');
    // Levels are listed highest first: 五星级, 四星级, 三星级.
    await page.getByLabel('最低分（含）').nth(2).fill('82');
    await page.getByTestId('score-target-share').fill('0');
    await expect(page.getByTestId('build-score').isDisabled()).resolves.toBe(true);
    await page.getByText('目标占比应为 1～100 之间的数。').waitFor();
    await page.getByTestId('score-target-share').fill('60');
    await page.getByTestId('build-score').click();
    const message = page.getByTestId('edit-message');
    await expect(message.textContent()).resolves.toContain('已生成评分表“评分表”');
    await idle();
    const said = (await message.textContent())!;
    expect(said).toContain('第 4～49 行，每行一个对象（共 46 个）');
    expect(said).toMatch(/总分在 [A-Z]+ 列，等级在 [A-Z]+ 列，名次在 [A-Z]+ 列/);
    expect(await sheetTabs()).toContain('评分表');
    // The new sheet comes to the front of the grid, one row per community.
    await expect(page.getByTestId('workbook-view').getAttribute('data-sheet')).resolves.toBe('评分表');
    const texts = await gridTexts();
    expect(texts).toEqual(expect.arrayContaining(['迎宾社区', '总分', '等级', '名次', '三星级', '60%']));
    // The grid cannot compute formulas: their cells say ƒx and show the formula on hover.
    const column = /总分在 ([A-Z]+) 列/.exec(said)![1];
    const total = page.locator(`[data-testid=workbook-view] td[data-address="${column}4"]`);
    await expect(total.getAttribute('data-formula')).resolves.toMatch(/^IF\(COUNTA\(/);
    await expect(total.textContent()).resolves.toBe('ƒx');
    await expect(page.getByTestId('score-undo').isEnabled()).resolves.toBe(true);
    await shoot('pane-score.png');
    await page.screenshot({ path: join(SHOTS, 'playground-score.png') });
    // Undo removes the new sheet; building again (the edits are kept) brings it back.
    await page.getByTestId('score-undo').click();
    await expect(message.textContent()).resolves.toContain('已撤销');
    await idle();
    expect(await sheetTabs()).not.toContain('评分表');
    await page.getByTestId('build-score').click();
    await expect(message.textContent()).resolves.toContain('已生成评分表“评分表”');
    await idle();
    expect(await sheetTabs()).toContain('评分表');
  });

  it('builds an annex with masked phones on its own sheet', async () => {
    await openTab('annex');
    await page.getByTestId('annex-mask').click();
    await shoot('pane-annex.png');
    await page.getByTestId('build-annex').click();
    await expect(page.getByTestId('edit-message').textContent()).resolves.toContain('已完成');
    await idle();
    expect(await sheetTabs()).toContain('附件1（整理）');
    await page.getByTestId('sheet-tab').filter({ hasText: '附件1（整理）' }).click();
    await page.screenshot({ path: join(SHOTS, 'playground-annex.png') });
  });

  it('shows on 设置 what it read from the workbook and where, and says plainly what it could not', async () => {
    await openTab('settings');
    await expect(page.getByTestId('hint-year').textContent()).resolves.toBe('从“通知”!A1 推断：鹤创文办〔2020〕5号');
    await expect(page.getByTestId('hint-period').textContent()).resolves.toBe('从“通知”!A8 推断：2020年5月至12月');
    await expect(page.getByTestId('hint-issued').textContent()).resolves.toBe('从“通知”!A34 推断：2020年5月27日');
    // Seed 000 lists mobiles only: no landline names its area code.
    await expect(page.getByTestId('hint-areaCode').textContent()).resolves.toBe('未能从工作簿推断，请填写');
    const placeholders = await Promise.all(['year', 'periodStart', 'periodEnd', 'issued', 'areaCode'].map((f) => page.getByTestId(`setting-${f}`).getAttribute('placeholder')));
    expect(placeholders).toEqual(['2020', '2020-05-01', '2020-12-31', '2020-05-27', '']);
    expect(await page.getByTestId('setting-year').inputValue()).toBe('');
    await shoot('pane-settings-inferred.png');
    await paneSize({ width: 320, height: 580 });
    expect(await overflowing()).toEqual([]);
    await shoot('pane-settings-320.png');
    await openTab('check');
    await page.getByTestId('skipped-checks').waitFor();
    expect(await overflowing()).toEqual([]);
    await shoot('pane-check-320.png');
    await paneSize();
  });

  it('says on 校验 which date checks did not run and why', async () => {
    await openTab('check');
    const skipped = page.getByTestId('skipped-checks');
    // Seed 000's campaign ran in 2020: today lies outside it, so nothing is reported overdue.
    await expect(skipped.locator('[data-checks~=DATE_OVERDUE]').getAttribute('data-reason')).resolves.toBe('todayOutsidePeriod');
    await expect(skipped.textContent()).resolves.toContain('不在活动期间 2020年5月1日至12月31日 内');
    await expect(page.getByText('DATE_OVERDUE', { exact: true }).count()).resolves.toBe(0);
  });

  it('validates and saves the settings', async () => {
    await openTab('settings');
    await page.getByTestId('setting-areaCode').fill('392');
    await page.getByTestId('save-settings').click();
    await expect(page.getByText('区号为 0 开头的 3～4 位数字').textContent()).resolves.toBeTruthy();
    await page.getByTestId('setting-areaCode').fill('0392');
    await page.getByTestId('setting-year').fill('2020');
    await page.getByTestId('setting-periodStart').fill('2020-05-01');
    await page.getByTestId('setting-periodEnd').fill('2020-12-31');
    await page.getByTestId('save-settings').click();
    await page.getByTestId('settings-saved').waitFor();
    await idle();
    await expect(page.getByTestId('hint-year').textContent()).resolves.toBe('与工作簿一致（“通知”!A1）');
    await shoot('pane-settings.png');
  });

  it('downloads the workbook, and ExcelJS reads the annex in it', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    expect(download.suggestedFilename()).toBe('seed000（已处理）.xlsx');
    const file = join(profile, 'download.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    // The settings saved on 设置 travel in a very hidden sheet (the xlsx host's store); the user sees the others.
    expect(workbook.worksheets.filter((s) => s.state !== 'veryHidden').map((s) => s.name)).toEqual(['通知', '附件1', '附件2', '评分表', '附件1（整理）']);
    const annex = workbook.getWorksheet('附件1（整理）')!;
    expect(annex.getCell('A1').text).toBe('附件1');
    const texts: string[] = [];
    annex.eachRow((row) => row.eachCell((c) => texts.push(c.text)));
    expect(texts.some((t) => /1\d{2}\*{4}\d{4}/.test(t))).toBe(true);
    expect(texts.some((t) => /1\d{10}/.test(t))).toBe(false);

    // The score sheet: formulas in the total, level and rank columns, validation on every score input.
    const score = workbook.getWorksheet('评分表')!;
    const header = new Map<string, number>();
    score.getRow(3).eachCell((c, col) => header.set(c.text, col));
    const [total, level, rank] = ['总分', '等级', '名次'].map((name) => header.get(name)!);
    expect([total, level, rank].every((col) => col > 2)).toBe(true);
    expect(score.getCell('B4').text).toBe('迎宾社区');
    for (let row = 4; row <= 49; row++) {
      for (const col of [total, level, rank]) expect(score.getCell(row, col).formula).toMatch(/\S/);
      for (let col = 3; col < total; col++) {
        const input = score.getCell(row, col);
        // Input columns carry a validation; the bonus subtotal between them is a formula instead.
        if (!input.formula) expect(input.dataValidation?.type).toMatch(/^(decimal|whole|list)$/);
      }
    }
    expect(score.getCell(4, 3).dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 5] });
    expect(score.getCell(4, rank).formula).toContain('SUMPRODUCT');
    expect(score.getCell(4, level).formula).toContain('MATCH');
    expect(score.getCell(50, 2).text).toBe('');
    // The thresholds and the goal the user edited are in the settings cells the formulas read.
    const settings: Record<string, unknown> = {};
    score.eachRow((row) => row.eachCell((c, col) => { if (col > rank && typeof c.value === 'string' && !(c.value in settings)) settings[c.value] = score.getCell(row.number, col + 1).value; }));
    expect(settings).toMatchObject({ 三星级: 82, 四星级: 90, 五星级: 95, 目标等级: '三星级', 目标占比: 0.6 });
  });

  it('shows progress on a 40,000-row workbook, stays responsive, and cancels', async () => {
    const big = new ExcelJS.Workbook();
    const sheet = big.addWorksheet('附件1');
    sheet.addRow(['文明单位结对社区共建活动计划表']);
    sheet.addRow(['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话']);
    for (let i = 1; i <= 40_000; i++) sheet.addRow([i, `单位${i}`, `社区${i}`, `某路${i}号`, `联系人${i % 97} 139${String(i).padStart(8, '0')}`]);
    const file = join(profile, '大表.xlsx');
    await big.xlsx.writeFile(file);
    // The core checks 40,000 rows in well under a second, faster than the clicks below: the worker
    // is served with a shim that holds back the result of a job over this many rows, so the job is
    // still running, from the pane's side, when 取消 is pressed. Progress messages pass through.
    let shimmed = 0;
    await page.route('**/wenming-core.*.js', async (route) => {
      shimmed += 1;
      const original = await route.fetch();
      await route.fulfill({ response: original, headers: { ...original.headers(), 'cache-control': 'no-store' }, body: HOLD_BIG_RESULTS + (await original.text()) });
    });
    // A fresh page, so that its worker is started from the shimmed script.
    await page.goto(`${base}/playground.html`);
    await page.getByTestId('recognized-table').first().waitFor({ timeout: 60_000 });
    expect(shimmed).toBeGreaterThan(0);
    await page.getByTestId('file-input').setInputFiles(file);
    const cancel = page.getByTestId('busy').getByRole('button', { name: '取消' });
    await cancel.waitFor({ timeout: 60_000 });
    // The core runs in a worker: the pane still answers clicks while it works.
    await openTab('settings');
    await openTab('recognize');
    await cancel.click();
    await page.getByTestId('analysis-cancelled').waitFor();
    await page.unroute('**/wenming-core.*.js');
    await idle();
  });

  it('shows English when asked, and never leaves the machine or breaks its CSP', async () => {
    await page.goto(`${base}/playground.html?lang=en`);
    await page.getByTestId('recognized-table').first().waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('tab-recognize').textContent()).resolves.toBe('Tables');
    expect(external).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
