#!/usr/bin/env node
// The `wenming` command: runs the CLI's TypeScript source through tsx (no build step).
require('tsx/cjs/api').register();
const { runCli } = require('../src/cli/main.ts');

runCli(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`内部错误：${(error && error.stack) || String(error)}\n请把以上信息反馈给开发者。\n`);
    process.exitCode = 70;
  },
);
