#!/usr/bin/env node
// The `wenming` command: runs the CLI's TypeScript source through tsx.
require('tsx/cjs/api').register();
require('../src/cli/main.ts');
