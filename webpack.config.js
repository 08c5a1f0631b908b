/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the task pane (taskpane.html), the ribbon's function file (commands.html),
// the playground (playground.html and index.html) and the help page into dist/.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/**
 * Content-Security-Policy for every page: only our own origin, plus Office's CDN for
 * scripts where office.js is needed. Styles: Fluent UI (Griffel) inserts rules at run time.
 */
function contentSecurityPolicy({ office }) {
  const scripts = office ? `'self' ${OFFICE_CDN}` : "'self'";
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

function page({ filename, template, chunks, office }) {
  return new HtmlWebpackPlugin({
    filename,
    template,
    chunks,
    scriptLoading: 'defer',
    // The template writes the policy as the first element of <head>: a CSP <meta> governs only what follows it.
    csp: contentSecurityPolicy({ office }),
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

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(process.env.WEBPACK_SERVE);
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/pane/taskpane.tsx',
      commands: './src/commands/commands.ts',
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
      page({ filename: 'playground.html', template: './src/playground/playground.html', chunks: ['playground'], office: false }),
      page({ filename: 'index.html', template: './src/playground/playground.html', chunks: ['playground'], office: false }),
      page({ filename: 'help.html', template: './src/help/help.html', chunks: [], office: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml' },
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
