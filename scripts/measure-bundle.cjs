#!/usr/bin/env node
// Measures what each page loads before first paint: the <script> tags webpack wrote into
// its HTML (the entry's initial chunks), gzipped at level 9, in KB. Lazy chunks (ExcelJS,
// the core worker) are listed apart. `node scripts/measure-bundle.cjs [dist] [--json] [--max-kb 300]`
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const args = process.argv.slice(2);
const dist = path.resolve(args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'dist');
const json = args.includes('--json');
const maxIndex = args.indexOf('--max-kb');
const maxKb = maxIndex >= 0 ? Number(args[maxIndex + 1]) : undefined;
const PAGES = ['taskpane.html', 'commands.html', 'playground.html'];

function gzipKb(file) {
  const bytes = fs.readFileSync(file);
  return { raw: bytes.length / 1024, gzip: zlib.gzipSync(bytes, { level: 9 }).length / 1024 };
}

/** Scripts a page loads. office.js (Microsoft's CDN, or officejs/ with --env officejs=local) is reported apart. */
function initialScripts(html) {
  // Minified HTML may leave attributes unquoted: `<script defer src=944.js>`.
  return [...html.matchAll(/<script[^>]*?\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

if (!fs.existsSync(path.join(dist, 'taskpane.html'))) {
  console.error(`找不到 ${path.join(dist, 'taskpane.html')}：请先运行 npm run build。`);
  process.exit(2);
}
const report = {};
const initial = new Set();
for (const page of PAGES) {
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  const scripts = initialScripts(html);
  const isOfficeJs = (src) => /^https?:/.test(src) || src.startsWith('officejs/');
  const local = scripts.filter((src) => !isOfficeJs(src));
  const files = local.map((src) => ({ file: src, ...gzipKb(path.join(dist, src)) }));
  files.forEach((f) => initial.add(f.file));
  report[page] = {
    external: scripts.filter(isOfficeJs),
    files,
    gzipKb: files.reduce((sum, f) => sum + f.gzip, 0),
    rawKb: files.reduce((sum, f) => sum + f.raw, 0),
  };
}
const lazy = fs.readdirSync(dist).filter((f) => f.endsWith('.js') && !initial.has(f)).map((file) => ({ file, ...gzipKb(path.join(dist, file)) }));

if (json) {
  console.log(JSON.stringify({ pages: report, lazy }, null, 2));
} else {
  for (const [page, r] of Object.entries(report)) {
    console.log(`${page}: 首屏前加载的 JavaScript ${r.gzipKb.toFixed(1)} KB（gzip），未压缩 ${r.rawKb.toFixed(1)} KB，共 ${r.files.length} 个文件`);
    for (const f of r.files) console.log(`    ${f.file.padEnd(32)} ${f.gzip.toFixed(1).padStart(7)} KB gzip`);
    for (const e of r.external) console.log(`    ${e}（office.js，不计入）`);
  }
  console.log('按需加载（不在首屏）：');
  for (const f of lazy.sort((a, b) => b.gzip - a.gzip)) console.log(`    ${f.file.padEnd(32)} ${f.gzip.toFixed(1).padStart(7)} KB gzip`);
}
if (maxKb !== undefined && report['taskpane.html'].gzipKb > maxKb) {
  console.error(`任务窗格首屏 JavaScript ${report['taskpane.html'].gzipKb.toFixed(1)} KB 超过上限 ${maxKb} KB。`);
  process.exit(1);
}
