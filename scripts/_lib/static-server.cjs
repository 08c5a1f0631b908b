// A tiny static file server for dist/ (no dependencies): `npm start` and the browser tests.
// GET and HEAD only, files under the root only, bound to the loopback interface.
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The request handler: a file under `root`, `index.html` for a folder, 404 otherwise. */
function staticHandler(root) {
  const base = path.resolve(root);
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = path.resolve(base, `.${pathname}`);
    // Never outside the root (`/../../etc/passwd`, encoded or not).
    if (file !== base && !file.startsWith(base + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.stat(file, (error, stat) => {
      if (error || !stat.isFile()) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('找不到该文件。');
        return;
      }
      response.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      });
      if (request.method === 'HEAD') response.end();
      else fs.createReadStream(file).pipe(response);
    });
  };
}

function listenOn(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Serves `root` on 127.0.0.1 (and ::1 where there is IPv6, so `localhost` works either way)
 * at `port`, or the next free port. Port 0 asks the system for any free one.
 * Resolves to { port, close() }.
 */
async function serveStatic(root, { port = 3000, attempts = 20 } = {}) {
  const handler = staticHandler(root);
  for (let candidate = port, i = 0; i < attempts; i++, candidate = port === 0 ? 0 : candidate + 1) {
    const v4 = http.createServer(handler);
    try {
      const bound = await listenOn(v4, candidate, '127.0.0.1');
      const v6 = http.createServer(handler);
      const v6Bound = await listenOn(v6, bound, '::1').then(() => true, () => false);
      return {
        port: bound,
        close: () => Promise.all([new Promise((r) => v4.close(r)), v6Bound ? new Promise((r) => v6.close(r)) : Promise.resolve()]),
      };
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
    }
  }
  throw new Error(`端口 ${port}–${port + attempts - 1} 都被占用。`);
}

module.exports = { serveStatic, staticHandler };
