#!/usr/bin/env node
// Runs a TypeScript entry point through tsx (no build step): `node bin/run-ts.cjs bench/main.ts …`.
const path = require('node:path');
require('tsx/cjs/api').register();
const entry = process.argv[2];
if (!entry) {
  console.error('用法：node bin/run-ts.cjs <入口.ts> [参数…]');
  process.exit(2);
}
process.argv.splice(1, 1);
require(path.resolve(entry));
