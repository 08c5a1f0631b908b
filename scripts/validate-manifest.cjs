#!/usr/bin/env node
/**
 * Validates the add-in manifest offline (the online `office-addin-manifest validate`
 * needs a Microsoft web service CI cannot reach).
 *
 *   node scripts/validate-manifest.cjs manifest.xml
 *
 * Exit codes: 0 valid, 1 invalid (errors listed), 2 schema folder or manifest missing.
 * What is checked: see scripts/validate-manifest-lib.cjs.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { validateManifest, SchemaMissingError, DEFAULT_SCHEMA_DIR } = require('./validate-manifest-lib.cjs');

async function main() {
  const file = process.argv[2] || 'manifest.xml';
  if (!fs.existsSync(file)) {
    console.error(`找不到清单文件：${file}`);
    return 2;
  }
  const xml = fs.readFileSync(file, 'utf8');
  let result;
  try {
    result = await validateManifest(xml, { fileName: file });
  } catch (err) {
    if (err instanceof SchemaMissingError) {
      console.error(err.message);
      console.error('CI 需要把 shared 仓库检出在本仓库旁边（../shared）。');
      return 2;
    }
    throw err;
  }
  const schema = path.relative(process.cwd(), path.join(DEFAULT_SCHEMA_DIR, 'OfficeAppManifestV1_1.xsd'));
  if (result.valid) {
    console.log(`✔ 清单校验通过：${file}（架构 ${schema}；资源引用、图标文件与尺寸均已核对）`);
    return 0;
  }
  console.error(`✘ 清单校验失败：${file}，共 ${result.errors.length} 个问题`);
  for (const e of result.errors) console.error(`  - ${e}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
