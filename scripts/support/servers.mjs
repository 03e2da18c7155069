// The servers the scripts and tests start on loopback: the embedded server
// (npm start: scripts/serve/) over a build's out/, and a plain static file
// server over the very same files, the bench's yardstick.
import {spawn} from 'node:child_process';
import {createReadStream, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {createServer as createNetServer} from 'node:net';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..', '..');
const defaultOutDir = path.join(root, 'out');

/**
 * Resolves once url's answer is `ready`: by default anything but a server error; for a server whose own work, such
 * as an emulator's edge function, is loaded after it listens, the answer that work gives. Polls every 250 ms.
 * @param {string} url
 * @param {(response: Response) => boolean} [ready]
 */
export async function waitFor(url, timeoutMs = 60_000, ready = (response) => response.status < 500) {
  const deadline = Date.now() + timeoutMs;
  let last = 'nothing';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, {redirect: 'manual'});
      last = `status ${response.status}`;
      if (ready(response)) return;
    } catch (error) {
      // not up yet
      last = String(error instanceof Error ? (error.cause ?? error.message) : error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (last: ${last})`);
}

/**
 * Resolves once the server that `child` runs says it listens on `port` and
 * answers at url: on a shared machine another server may hold the port, and
 * must not answer for it. One that exits (the port taken) or does not answer
 * in time is stopped, so that no caller is left with it.
 * @param {import('node:child_process').ChildProcessByStdio<null, import('node:stream').Readable, null>} child
 * @param {number} port
 * @param {string} url
 */
async function answering(child, port, url, timeoutMs = 60_000) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  /** @type {Promise<void>} */
  const listening = new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
      output += chunk;
      if (output.includes(`:${port}`)) resolve();
    });
    child.once('exit', (/** @type {number | null} */ code) =>
      reject(new Error(`the server for ${url} exited (${code})`)),
    );
    timer = setTimeout(
      () => reject(new Error(`the server for ${url} did not start within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await listening;
    await waitFor(url, timeoutMs);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `count` different ports free on 127.0.0.1 now, for servers to take: on a
 * machine others work on too, a fixed port may be someone else's server.
 */
export async function freePorts(count = 1) {
  const probes = Array.from({length: count}, () => createNetServer());
  await Promise.all(
    probes.map(
      (probe) =>
        new Promise((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', () => resolve(undefined))),
    ),
  );
  // Listening on an IP address: the address is an AddressInfo.
  const ports = probes.map((probe) => /** @type {import('node:net').AddressInfo} */ (probe.address()).port);
  await Promise.all(probes.map((probe) => new Promise((resolve) => probe.close(() => resolve(undefined)))));
  return ports;
}

/**
 * The pages a site lists in its /sitemap.xml, as paths.
 * @param {string} baseUrl
 */
export async function pagesOf(baseUrl) {
  const xml = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
  const pages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => new URL(loc).pathname);
  if (pages.length === 0) throw new Error(`${baseUrl}/sitemap.xml lists no pages`);
  return pages;
}

/**
 * The embedded server (`node scripts/serve/start.mjs`, what `npm start` runs)
 * on 127.0.0.1:port, serving outDir (the build's out/ unless given);
 * resolves once it answers.
 * @param {number} port
 * @param {{outDir?: string}} [options]
 */
export async function startEmbedded(port, {outDir} = {}) {
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'serve', 'start.mjs')], {
    cwd: root,
    // Its line "Serving <dir> on http://127.0.0.1:<port>" on stdout; its errors (a port taken) on ours.
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      NODE_ENV: 'production',
      ...(outDir ? {OUT_DIR: path.resolve(outDir)} : {}),
    },
  });
  const stop = () => child.kill('SIGTERM');
  // A script that dies of an error leaves no server behind.
  process.once('exit', stop);
  await answering(child, port, `http://127.0.0.1:${port}/`);
  return {url: `http://127.0.0.1:${port}`, pid: child.pid, stop};
}

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The file at `file` if it is one, with its size.
 * @param {string} file
 */
function fileAt(file) {
  const stats = statSync(file, {throwIfNoEntry: false});
  return stats?.isFile() ? {file, size: stats.size} : undefined;
}

/**
 * A plain static file server over the same files as the embedded server
 * (outDir, the build's out/ unless given), the yardstick of "a static server
 * with the same HTML": a path is answered by its file as it is or by
 * `<path>.html`, and a path with neither by the nearest 404.html up its
 * directories, with the status 404, as static hosts do. Nothing else: no
 * compression, no redirects, no negotiation, no headers but the type and
 * length, no caching of what is on disk.
 * @param {number} port
 * @param {{outDir?: string}} [options]
 */
export async function startStatic(port, {outDir = defaultOutDir} = {}) {
  const base = path.resolve(outDir);
  const server = createServer((request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = path.join(base, pathname);
    if (file !== base && !file.startsWith(base + path.sep)) {
      response.writeHead(400).end();
      return;
    }
    let status = 200;
    let found = fileAt(file) ?? fileAt(`${file}.html`);
    // From the path itself: /<l>/statements/<id> has its own 404.html when that translation is missing.
    for (let dir = file; !found; dir = path.dirname(dir)) {
      if (!dir.startsWith(base)) break;
      status = 404;
      found = fileAt(path.join(dir, '404.html'));
      if (dir === base) break;
    }
    if (!found) {
      response.writeHead(404, {'content-length': '0'}).end();
      return;
    }
    response.writeHead(status, {
      'content-type': types[path.extname(found.file)] ?? 'application/octet-stream',
      'content-length': String(found.size),
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(found.file).pipe(response);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  return {url: `http://127.0.0.1:${port}`, stop: () => server.close()};
}
