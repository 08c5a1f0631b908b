#!/usr/bin/env node
/**
 * Renders the add-in icons `assets/icon-{16,32,64,80,128}.png` from one SVG.
 *
 *   node scripts/make-icons.cjs            # writes assets/*.png
 *   CHROMIUM_PATH=/path/to/chrome node scripts/make-icons.cjs
 *
 * The PNGs are committed, so neither tests nor CI need a browser; run this only when
 * the design changes. It drives Debian's chromium through playwright-core
 * (`apt-get install -y chromium fonts-noto-cjk`); never `npx playwright install`.
 *
 * Design: a red rounded square (the red of Party and government letterheads) with a
 * white 文 (文明) in Noto Sans CJK SC Bold. Small sizes get a slightly larger glyph and
 * a smaller corner radius so the character stays readable at 16 px on the ribbon.
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const ASSETS = path.resolve(__dirname, '..', 'assets');
const SIZES = [16, 32, 64, 80, 128];
const RED = '#C8102E';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * The icon as SVG at `size` pixels, drawn on a 128-unit grid. `dominant-baseline: central`
 * centres the em box, but 文's ink sits low in it; y = 59 (measured on the rendered PNGs)
 * leaves equal margins above and below the ink at every size.
 */
function iconSvg(size) {
  const small = size <= 32;
  const radius = small ? 18 : 24;
  const fontSize = small ? 100 : 92;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="0" y="0" width="128" height="128" rx="${radius}" ry="${radius}" fill="${RED}"/>
  <text x="64" y="59" text-anchor="middle" dominant-baseline="central"
        font-family="'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif"
        font-weight="700" font-size="${fontSize}" fill="#FFFFFF">文</text>
</svg>`;
}

function pageHtml(size) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; padding: 0; background: transparent; }
svg { display: block; }
</style></head><body>${iconSvg(size)}</body></html>`;
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`找不到 Chromium：${CHROMIUM}。请先安装：apt-get install -y chromium fonts-noto-cjk`);
    process.exit(2);
  }
  fs.mkdirSync(ASSETS, { recursive: true });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wenming-icons-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    viewport: { width: 128, height: 128 },
    deviceScaleFactor: 1,
  });
  try {
    const page = await context.newPage();
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(pageHtml(size));
      // The CJK font is a system font; wait until it is laid out before the screenshot.
      await page.evaluate('document.fonts.ready');
      const file = path.join(ASSETS, `icon-${size}.png`);
      await page.locator('svg').screenshot({ path: file, omitBackground: true });
      console.log(`已生成 ${path.relative(process.cwd(), file)}（${size}×${size}）`);
    }
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
