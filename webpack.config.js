/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the task pane (taskpane.html), the ribbon's function file (commands.html),
// the playground (playground.html and index.html) and the help page into dist/.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { addinBaseUrl, productionManifest } = require('./scripts/_lib/production-manifest.cjs');
const { version } = require('./package.json');

const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/**
 * Where the Office pages load office.js from. `cdn` (the default) is Microsoft's recommendation
 * ("Referencing the Office JavaScript API library", learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn);
 * `local` serves the copy in @microsoft/office-js from our own origin, for networks that cannot
 * reach the CDN (docs/deploy.md states what that costs).
 */
const OFFICE_JS = {
  cdn: { src: `${OFFICE_CDN}/lib/1/hosted/office.js`, scriptOrigin: OFFICE_CDN },
  local: { src: 'officejs/office.js', scriptOrigin: null },
};

/**
 * The files office.js loads next to itself: the host's API file (excel-win32-16.01.js,
 * excel-web-16.00.js, …), the app-to-file table, its promise shim, the telemetry loader and
 * one office_strings.js per display language. Debug builds and other hosts stay out.
 */
const OFFICE_JS_FILES = ['office.js', 'o15apptofilemappingtable.js', 'es6-promise.js', 'excel-*.js', '*/office_strings.js', 'telemetry/oteljs_agave.js', 'ariatelemetry/aria-web-telemetry.js'];

function officeJsMode(given) {
  const mode = given === undefined || given === true ? 'cdn' : String(given);
  if (!OFFICE_JS[mode]) throw new Error(`--env officejs= 只能是 cdn 或 local，收到“${mode}”`);
  return mode;
}

/**
 * Content-Security-Policy for every page: only our own origin, plus Office's CDN for
 * scripts where office.js is needed and comes from there. Styles: Fluent UI (Griffel) inserts rules at run time.
 */
function contentSecurityPolicy({ office, officeJs }) {
  const scripts = office && officeJs.scriptOrigin ? `'self' ${officeJs.scriptOrigin}` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function htmlPage({ filename, template, chunks, office, officeJs }) {
  return new HtmlWebpackPlugin({
    filename,
    template,
    chunks,
    scriptLoading: 'defer',
    // The template writes the policy as the first element of <head>: a CSP <meta> governs only what follows it.
    csp: contentSecurityPolicy({ office, officeJs }),
    officeJs: officeJs.src,
    meta: { referrer: 'no-referrer' },
  });
}

/** https for Excel (office-addin-dev-certs), unless `--env http` or the certificates are unavailable. */
async function devServerProtocol(env) {
  if (env.http) return { type: 'http' };
  try {
    const devCerts = require('office-addin-dev-certs');
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    console.warn(`未能使用开发证书（${error.message}），开发服务器改用 http。`);
    return { type: 'http' };
  }
}

/**
 * `npm run build -- --env url=https://host/path/` (or ADDIN_URL=…) writes a production manifest
 * for that address; `--env officejs=local` (or ADDIN_OFFICEJS=local) serves office.js ourselves.
 */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const base = serving ? undefined : addinBaseUrl(env.url ?? process.env.ADDIN_URL);
  const officeJs = OFFICE_JS[officeJsMode(env.officejs ?? process.env.ADDIN_OFFICEJS)];
  if (production && !base) {
    console.warn('注意：没有指定加载项地址（--env url=https://…/ 或 ADDIN_URL），dist/manifest.xml 仍是开发清单（https://localhost:3000/），只能在本机调试。部署见 docs/deploy.md。');
  } else if (base) {
    console.log(`生产清单：manifest.xml 的全部网址指向 ${base}（版本 ${version}）；office.js 来自${officeJs.scriptOrigin ? ' Microsoft CDN' : '本站 officejs/'}。`);
  }
  const page = (options) => htmlPage({ ...options, officeJs });
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/pane/taskpane.tsx',
      commands: './src/commands/commands.ts',
      'ribbon-result': './src/commands/ribbon-result-dialog.ts',
      playground: './src/playground/main.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // The browser build of ExcelJS: the default entry needs Node's streams and fs.
      alias: { exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.min.js') },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'esnext', sourceMap: !production } } },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: { chunks: 'all' },
      runtimeChunk: false,
    },
    plugins: [
      page({ filename: 'taskpane.html', template: './src/pane/taskpane.html', chunks: ['taskpane'], office: true }),
      page({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], office: true }),
      page({ filename: 'ribbon-result.html', template: './src/commands/ribbon-result.html', chunks: ['ribbon-result'], office: true }),
      page({ filename: 'playground.html', template: './src/playground/playground.html', chunks: ['playground'], office: false }),
      page({ filename: 'index.html', template: './src/playground/playground.html', chunks: ['playground'], office: false }),
      page({ filename: 'help.html', template: './src/help/help.html', chunks: [], office: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          // Microsoft's template switches urlDev to urlProd here (Office-Addin-TaskPane webpack.config.js); we also set the version.
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => (base ? productionManifest(content.toString(), { base, version }) : content) },
          ...(officeJs.scriptOrigin ? [] : OFFICE_JS_FILES.map((from) => ({
            from,
            context: path.dirname(require.resolve('@microsoft/office-js/dist/office.js')),
            to: 'officejs/',
            globOptions: { ignore: ['**/*.debug.js'] },
          }))),
          // The playground's bundled samples, generated from the seed notices.
          { from: 'test/fixtures/seed00[0-4].xlsx', to: 'samples/[name][ext]' },
          { from: 'test/fixtures/variants.xlsx', to: 'samples/[name][ext]' },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      host: 'localhost',
      server: serving ? await devServerProtocol(env) : { type: 'http' },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
