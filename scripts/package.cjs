#!/usr/bin/env node
/**
 * `npm run package`: a zip ready to copy to the office's web server.
 *
 *   npm run package -- --url https://wenming.example.gov.cn/addin/ [--officejs local]
 *   ADDIN_URL=https://wenming.example.gov.cn/addin/ npm run package
 *   npm run package -- --no-build            # zip the dist/ already built with a URL
 *
 * Builds dist/ for that address (webpack.config.js), checks its manifest (schema, no
 * localhost), and writes release/wenming-sheets-<version>.zip holding
 *   wenming-sheets-<version>/web/…          dist/: copy to the server folder behind the address
 *   wenming-sheets-<version>/manifest.xml   the production manifest: shared folder / admin centre
 *   wenming-sheets-<version>/部署说明.txt
 * Options: --dist <folder> (zip that build instead), --out <folder> (default release/).
 * Exit codes: 0 written, 1 the build or its manifest is wrong, 2 bad usage.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const JSZip = require('jszip');
const { ROOT, buildDist } = require('./_lib/build-dist.cjs');
const { addinBaseUrl, AddinUrlError } = require('./_lib/production-manifest.cjs');
const { validateManifest } = require('./validate-manifest-lib.cjs');
const { version, name } = require('../package.json');

const USAGE = '用法：npm run package -- --url https://内网地址/路径/ [--officejs local] [--no-build] [--dist 目录] [--out 目录]';

function option(args, flag) {
  const at = args.indexOf(flag);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new AddinUrlError(`${flag} 后面缺少值。${USAGE}`);
  return value;
}

function filesUnder(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(path.join(dir, entry.name), rel) : [rel];
  });
}

function readme(base) {
  return [
    `文明创建表格助手 ${version}`,
    '',
    `1. 把 web 文件夹里的全部文件复制到网站目录，使 ${base}taskpane.html 能在浏览器中打开（https）。`,
    '2. 把 manifest.xml 放进共享文件夹目录（受信任的加载项目录），或在 Microsoft 365 管理中心上传。',
    '3. 详细步骤、nginx / IIS 配置、各 Excel 版本的支持情况：见源代码中的 docs/deploy.md。',
    '',
  ].join('\r\n');
}

async function main(args) {
  const dist = path.resolve(option(args, '--dist') ?? path.join(ROOT, 'dist'));
  const out = path.resolve(option(args, '--out') ?? path.join(ROOT, 'release'));
  if (!args.includes('--no-build') && !args.includes('--dist')) {
    const url = addinBaseUrl(option(args, '--url') ?? process.env.ADDIN_URL);
    if (!url) throw new AddinUrlError(`请指定加载项的 https 地址（--url 或环境变量 ADDIN_URL）：打包的清单要指向同事们能访问的服务器。\n${USAGE}`);
    console.log(`正在为 ${url} 构建（约需 1–2 分钟）…`);
    await buildDist({ mode: 'production', quiet: false, env: { url, officejs: option(args, '--officejs') ?? process.env.ADDIN_OFFICEJS } });
  }
  const manifestFile = path.join(dist, 'manifest.xml');
  if (!fs.existsSync(manifestFile)) throw new Error(`找不到 ${manifestFile}：请先构建。`);
  const manifest = fs.readFileSync(manifestFile, 'utf8');
  if (/localhost/i.test(manifest)) {
    throw new Error(`${manifestFile} 仍是开发清单（指向 localhost）。请用 npm run package -- --url https://… 重新构建后再打包。`);
  }
  const checked = await validateManifest(manifest, { fileName: 'manifest.xml' });
  if (!checked.valid) throw new Error(`生产清单不合格：\n  - ${checked.errors.join('\n  - ')}`);
  const base = /<SourceLocation DefaultValue="([^"]*)taskpane\.html"/.exec(manifest)?.[1] ?? '';

  const folder = `${name}-${version}`;
  const zip = new JSZip();
  const files = filesUnder(dist);
  for (const rel of files) zip.file(`${folder}/web/${rel}`, fs.readFileSync(path.join(dist, rel)));
  zip.file(`${folder}/manifest.xml`, manifest);
  zip.file(`${folder}/部署说明.txt`, readme(base));
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
  fs.mkdirSync(out, { recursive: true });
  const target = path.join(out, `${folder}.zip`);
  fs.writeFileSync(target, bytes);
  const shown = path.relative(process.cwd(), target);
  console.log(`✔ 已生成 ${shown.startsWith('..') ? target : shown}（${files.length} 个网站文件，${(bytes.length / 1024 / 1024).toFixed(1)} MB），加载项地址 ${base}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`✘ 打包失败：${error.message}`);
    process.exit(error instanceof AddinUrlError ? 2 : 1);
  },
);
