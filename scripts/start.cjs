#!/usr/bin/env node
// `npm start`: builds the playground if needed and serves dist/ over http on localhost,
// so the task pane can be tried in a browser on any machine with Node (no Excel needed).
// Options: --port N (default 3000, or the next free one), --no-build, --dev (development build).
const path = require('node:path');
const { ROOT, buildDist, distIsStale } = require('./_lib/build-dist.cjs');
const { serveStatic } = require('./_lib/static-server.cjs');

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('用法：npm start -- [--port 端口] [--no-build] [--dev]');
  process.exit(2);
}

async function main() {
  console.log('文明创建表格助手');
  if (process.platform === 'win32' || process.platform === 'darwin') {
    console.log('如本机已安装 Excel，可运行 “npm run sideload” 在 Excel 中加载任务窗格（首次运行会安装 localhost 开发证书）；');
    console.log('下面的演示页面无需 Excel 即可使用。');
  }
  if (!args.includes('--no-build') && distIsStale()) {
    console.log('正在构建演示页面（首次约需 1–2 分钟）…');
    await buildDist({ mode: args.includes('--dev') ? 'development' : 'production' });
  }
  const server = await serveStatic(path.join(ROOT, 'dist'), { port });
  console.log('');
  console.log(`在浏览器中打开： http://localhost:${server.port}/playground.html`);
  console.log('（文件只在本机处理，不会上传；按 Ctrl+C 停止。）');
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`启动失败：${error.message}`);
  process.exit(1);
});
