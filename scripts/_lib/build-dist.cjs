// Builds dist/ with webpack when it is missing or older than its sources: `npm start` and the browser tests.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const STAMP = path.join(ROOT, 'dist', 'playground.html');
const SOURCES = ['src', 'assets', 'test/fixtures', 'manifest.xml', 'webpack.config.js', 'package.json', 'tsconfig.json'];

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

/** True when dist/ is missing or a source changed after the last build. */
function distIsStale() {
  if (!fs.existsSync(STAMP)) return true;
  const built = fs.statSync(STAMP).mtimeMs;
  return SOURCES.some((entry) => newestMtime(path.join(ROOT, entry)) > built);
}

/**
 * Runs webpack (production unless told otherwise); resolves when it succeeded. `env` becomes
 * `--env key=value` (url, officejs: see webpack.config.js), `outputPath` builds elsewhere than dist/.
 */
function buildDist({ mode = 'production', quiet = false, env = {}, outputPath } = {}) {
  return new Promise((resolve, reject) => {
    const webpack = require.resolve('webpack/bin/webpack.js', { paths: [ROOT] });
    const args = [webpack, '--mode', mode];
    for (const [key, value] of Object.entries(env)) if (value !== undefined) args.push('--env', `${key}=${value}`);
    if (outputPath) args.push('--output-path', outputPath);
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (quiet) {
      child.stdout.on('data', (d) => { output += d; });
      child.stderr.on('data', (d) => { output += d; });
    }
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`webpack 构建失败（退出码 ${code}）\n${output.slice(-4000)}`))));
  });
}

module.exports = { ROOT, distIsStale, buildDist };
