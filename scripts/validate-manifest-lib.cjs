/**
 * Offline validation of the add-in manifest (`manifest.xml`).
 *
 * 1. XML Schema: OfficeAppManifestV1_1.xsd from ../shared/schemas/office-addin-manifest,
 *    run by libxml2 compiled to WebAssembly (xmllint-wasm), with every .xsd preloaded so
 *    the schema's imports resolve without network access.
 * 2. Rules outside the schema that Microsoft's validator and Office enforce:
 *    every `resid` names a resource of the right kind (images for icons, URLs for pages,
 *    short strings for labels and titles, long strings for descriptions), resource ids are
 *    unique and at most 32 characters, URLs use https, and every icon or page under
 *    `/assets/` exists in the repository with the pixel size the manifest declares
 *    (IconUrl 32×32 and HighResolutionIconUrl 64×64 for task-pane add-ins, ribbon images
 *    the `size` they are used at).
 *
 * The CLI is scripts/validate-manifest.cjs; test/manifest.test.ts calls this module.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { readPngSize } = require('./_lib/png-size.cjs');
const { scanXmlElements } = require('./_lib/scan-xml-elements.cjs');

/** The schema folder, `../shared/schemas/office-addin-manifest` beside the repository. */
const DEFAULT_SCHEMA_DIR = path.resolve(__dirname, '../../shared/schemas/office-addin-manifest');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const REPO_ROOT = path.resolve(__dirname, '..');

/** Microsoft: "resid … can be no more than 32 characters". */
const MAX_RESID_LENGTH = 32;

/** Which resource list a `resid` on an element of this name must point into. */
const RESID_KIND_BY_ELEMENT = {
  Image: 'image',
  SourceLocation: 'url',
  FunctionFile: 'url',
  LearnMoreUrl: 'url',
  Runtime: 'url',
  Label: 'shortString',
  Title: 'shortString',
  Namespace: 'shortString',
  Description: 'longString',
};

/** Resource containers inside `<Resources>` and the kind of resource they hold. */
const RESOURCE_KIND_BY_CONTAINER = {
  Images: 'image',
  Urls: 'url',
  ShortStrings: 'shortString',
  LongStrings: 'longString',
};

const KIND_LABEL = { image: '图片（bt:Images）', url: '网址（bt:Urls）', shortString: '短字符串（bt:ShortStrings）', longString: '长字符串（bt:LongStrings）' };

/** Pixel sizes Microsoft requires of the top-level icons of a task-pane add-in. */
const TOP_LEVEL_ICON_SIZE = { IconUrl: 32, HighResolutionIconUrl: 64 };

/** Thrown when the schema folder is missing: the CLI exits 2, not 1. */
class SchemaMissingError extends Error {
  constructor(dir) {
    super(`找不到清单架构文件夹：${dir}（应有 ${MAIN_SCHEMA}）`);
    this.name = 'SchemaMissingError';
  }
}

function localName(name) {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Runs libxml2's schema validation; returns the errors as `行 N：message` strings. */
async function validateAgainstSchema(xml, fileName, schemaDir) {
  const mainPath = path.join(schemaDir, MAIN_SCHEMA);
  if (!fs.existsSync(mainPath)) throw new SchemaMissingError(schemaDir);
  const { validateXML } = require('xmllint-wasm');
  const preload = fs
    .readdirSync(schemaDir)
    .filter((f) => f.endsWith('.xsd') && f !== MAIN_SCHEMA)
    .sort()
    .map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(schemaDir, f), 'utf8') }));
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [{ fileName: MAIN_SCHEMA, contents: fs.readFileSync(mainPath, 'utf8') }],
    preload,
  });
  if (result.valid) return [];
  // Errors carry a location; libxml2 follows a parser error with the offending source line
  // and a caret, which come back as entries without one.
  const errors = result.errors.filter((e) => e.loc).map((e) => `第 ${e.loc.lineNumber} 行：${e.message}`);
  // libxml2 reports a document that fails to parse without per-line errors; keep its raw output.
  return errors.length > 0 ? errors : [result.rawOutput.trim() || '清单不符合架构'];
}

/** Collects resources, resid uses and URLs from the manifest's elements. */
function collectReferences(elements) {
  const resources = new Map(); // id -> { kind, url?, line }
  const uses = []; // { resid, kind?, size?, line, element }
  const urls = []; // { url, element, line, declaredSize?, resid? }
  const errors = [];
  for (const el of elements) {
    const name = localName(el.name);
    const parent = el.parents.length > 0 ? localName(el.parents[el.parents.length - 1]) : '';
    const inResources = el.parents.some((p) => localName(p) === 'Resources');
    const containerKind = RESOURCE_KIND_BY_CONTAINER[parent];
    if (inResources && containerKind && el.attrs.id !== undefined) {
      const id = el.attrs.id;
      if (resources.has(id)) errors.push(`第 ${el.line} 行：资源 id “${id}” 重复`);
      if (id.length > MAX_RESID_LENGTH) errors.push(`第 ${el.line} 行：资源 id “${id}” 超过 ${MAX_RESID_LENGTH} 个字符`);
      const res = { kind: containerKind, line: el.line };
      if (containerKind === 'image' || containerKind === 'url') {
        res.url = el.attrs.DefaultValue;
        urls.push({ url: el.attrs.DefaultValue, element: `${el.name} id="${id}"`, line: el.line, resid: id });
      }
      resources.set(id, res);
      continue;
    }
    if (inResources && name === 'Override' && (parent === 'Image' || parent === 'Url')) {
      urls.push({ url: el.attrs.Value, element: `${el.name} Locale="${el.attrs.Locale}"`, line: el.line, resid: el.parent.attrs.id });
      continue;
    }
    if (el.attrs.resid !== undefined) {
      uses.push({ resid: el.attrs.resid, kind: RESID_KIND_BY_ELEMENT[name], size: el.attrs.size, line: el.line, element: el.name });
    }
    if (TOP_LEVEL_ICON_SIZE[name] !== undefined || name === 'SupportUrl' || (name === 'SourceLocation' && el.attrs.DefaultValue)) {
      if (el.attrs.DefaultValue !== undefined) urls.push({ url: el.attrs.DefaultValue, element: el.name, line: el.line, declaredSize: TOP_LEVEL_ICON_SIZE[name] });
    }
    if (name === 'Override' && TOP_LEVEL_ICON_SIZE[parent] !== undefined) {
      urls.push({ url: el.attrs.Value, element: `${parent}/Override`, line: el.line, declaredSize: TOP_LEVEL_ICON_SIZE[parent] });
    }
  }
  return { resources, uses, urls, errors };
}

/** Checks resids against the resources; returns errors and the sizes each image is used at. */
function checkResids(resources, uses) {
  const errors = [];
  const imageSizes = new Map(); // resid -> Set of sizes
  for (const use of uses) {
    const res = resources.get(use.resid);
    if (!res) {
      errors.push(`第 ${use.line} 行：<${use.element} resid="${use.resid}"> 没有对应的资源`);
      continue;
    }
    if (use.kind && res.kind !== use.kind) {
      errors.push(`第 ${use.line} 行：<${use.element} resid="${use.resid}"> 应引用${KIND_LABEL[use.kind]}，实际是${KIND_LABEL[res.kind]}`);
    }
    if (res.kind === 'image' && use.size !== undefined) {
      if (!imageSizes.has(use.resid)) imageSizes.set(use.resid, new Set());
      imageSizes.get(use.resid).add(Number(use.size));
    }
  }
  for (const [resid, sizes] of imageSizes) {
    if (sizes.size > 1) errors.push(`图片资源 “${resid}” 被用于多种尺寸（${[...sizes].join('、')}），每个尺寸应有单独的图片`);
  }
  return { errors, imageSizes };
}

/** Checks https and, for files under /assets/, existence and PNG pixel size. */
function checkUrls(urls, imageSizes, repoRoot) {
  const errors = [];
  for (const u of urls) {
    if (!u.url) continue;
    if (!/^https:\/\//i.test(u.url)) errors.push(`第 ${u.line} 行：${u.element} 的网址必须使用 https：${u.url}`);
    const m = /\/assets\/([^?#]+)/.exec(u.url);
    if (!m) continue;
    const rel = `assets/${decodeURIComponent(m[1])}`;
    const file = path.join(repoRoot, rel);
    if (!fs.existsSync(file)) {
      errors.push(`第 ${u.line} 行：${u.element} 指向的文件不存在：${rel}`);
      continue;
    }
    const sizes = u.declaredSize !== undefined ? [u.declaredSize] : [...(imageSizes.get(u.resid) || [])];
    if (sizes.length !== 1 || !/\.png$/i.test(rel)) continue;
    const actual = readPngSize(fs.readFileSync(file));
    if (!actual) errors.push(`第 ${u.line} 行：${rel} 不是有效的 PNG 文件`);
    else if (actual.width !== sizes[0] || actual.height !== sizes[0]) {
      errors.push(`第 ${u.line} 行：${rel} 是 ${actual.width}×${actual.height} 像素，清单要求 ${sizes[0]}×${sizes[0]}`);
    }
  }
  return errors;
}

/**
 * Validates a manifest. Resolves to `{ valid, errors }`; `errors` are Chinese lines for people.
 * Rejects with `SchemaMissingError` when the schema folder is missing.
 *
 * @param {string} xml manifest text
 * @param {{ fileName?: string, schemaDir?: string, repoRoot?: string }} [options]
 */
async function validateManifest(xml, options = {}) {
  const fileName = options.fileName || 'manifest.xml';
  const schemaDir = options.schemaDir || DEFAULT_SCHEMA_DIR;
  const repoRoot = options.repoRoot || REPO_ROOT;
  const errors = await validateAgainstSchema(xml, path.basename(fileName), schemaDir);
  const { resources, uses, urls, errors: resourceErrors } = collectReferences(scanXmlElements(xml));
  const { errors: residErrors, imageSizes } = checkResids(resources, uses);
  errors.push(...resourceErrors, ...residErrors, ...checkUrls(urls, imageSizes, repoRoot));
  return { valid: errors.length === 0, errors };
}

module.exports = { validateManifest, SchemaMissingError, DEFAULT_SCHEMA_DIR, MAIN_SCHEMA };
