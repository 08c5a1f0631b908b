/**
 * The production manifest: the dev manifest (every URL on https://localhost:3000/) rewritten
 * to the address the add-in is served from, with the release version.
 *
 * This is the urlDev/urlProd switch of Microsoft's task-pane template
 * (OfficeDev/Office-Addin-TaskPane webpack.config.js: `content.toString().replace(new RegExp(urlDev, "g"), urlProd)`),
 * plus the checks a civil servant needs when the address is typed by hand.
 */
'use strict';

/** The webpack dev server every URL of manifest.xml points at. */
const DEV_ORIGIN = 'https://localhost:3000';

/** Thrown for an unusable address: the build stops with this message. */
class AddinUrlError extends Error {
  constructor(message) {
    super(message);
    this.name = 'AddinUrlError';
  }
}

/**
 * The base address given by `--env url=…` or `ADDIN_URL`, normalised to end with `/`;
 * undefined when none was given.
 *
 *   addinBaseUrl('https://wenming.example.gov.cn/addin')  // 'https://wenming.example.gov.cn/addin/'
 *
 * Office loads add-ins only over https (Microsoft, "Office Add-ins XML manifest": SourceLocation
 * "must be an HTTPS address"), so anything else is refused here rather than by Excel later.
 */
function addinBaseUrl(given) {
  if (given === undefined || given === null || given === true || String(given).trim() === '') return undefined;
  const text = String(given).trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new AddinUrlError(`加载项地址“${text}”不是有效的网址，例如 https://wenming.example.gov.cn/addin/`);
  }
  if (url.protocol !== 'https:') throw new AddinUrlError(`加载项地址必须以 https:// 开头（Office 只加载 https 页面）：${text}`);
  if (url.search || url.hash) throw new AddinUrlError(`加载项地址不能带 ? 或 # 部分：${text}`);
  if (/^(localhost|127\.|\[::1\])/i.test(url.host)) throw new AddinUrlError(`加载项地址不能是本机（${url.host}）：同事的电脑访问不到它。`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** `0.1.0` → `0.1.0.0`: the manifest's Version has four parts (Microsoft's schema: `\d+(\.\d+){0,3}`). */
function manifestVersion(packageVersion) {
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(String(packageVersion));
  if (!parts) throw new AddinUrlError(`package.json 的 version “${packageVersion}”应为 主.次.修订 三段数字（例如 1.2.0）`);
  return `${parts[1]}.${parts[2]}.${parts[3]}.0`;
}

/**
 * Rewrites the dev manifest for `base` (from addinBaseUrl): every `https://localhost:3000/…`
 * URL (SourceLocation, icons, SupportUrl, LearnMoreUrl, the function file) moves under `base`,
 * a bare origin (an AppDomain) becomes base's origin, `<Version>` becomes the release version,
 * and the header comment says where the file came from. Throws if any `localhost` is left.
 */
function productionManifest(xml, { base, version }) {
  const origin = new URL(base).origin;
  let out = String(xml)
    // The header comment describes the dev manifest; the production one gets its own (no "--": XML forbids it in comments).
    .replace(/<!--[\s\S]*?-->/, `<!--\n  文明创建表格助手 ${version} 的生产清单，网址均指向 ${base}。\n  由 npm run build 按加载项地址（env url 或 ADDIN_URL）生成，请勿手改：改 manifest.xml 后重新构建。部署步骤见 docs/deploy.md。\n-->`)
    .split(`${DEV_ORIGIN}/`).join(base)
    .split(DEV_ORIGIN).join(origin)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  const left = /localhost/i.exec(out);
  if (left) {
    const line = out.slice(0, left.index).split('\n').length;
    throw new AddinUrlError(`生产清单第 ${line} 行仍含有 localhost：manifest.xml 中有不以 ${DEV_ORIGIN}/ 开头的开发地址`);
  }
  return out;
}

module.exports = { DEV_ORIGIN, AddinUrlError, addinBaseUrl, manifestVersion, productionManifest };
