// The servers the scripts and tests start on loopback: `next start` (the
// production build), the standalone server of the last build, and a plain
// static file server answering with the very same prerendered HTML and assets
// from the build output (the bench's comparison).
import {spawn} from 'node:child_process';
import {createReadStream, existsSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..', '..');

/** Resolves once url answers with anything but a server error; polls every 250 ms. */
export async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, {redirect: 'manual'});
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/**
 * Resolves once the server that `child` runs answers at url. A server that
 * exits at once (its port taken) must not let another one answer for it; one
 * that does not answer in time is stopped, so that no caller is left with it.
 */
async function answering(child, url) {
  const exited = new Promise((_, reject) => {
    child.once('exit', (code) => reject(new Error(`the server for ${url} exited (${code})`)));
  });
  exited.catch(() => {});
  try {
    await Promise.race([waitFor(url), exited]);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
}

/** The pages a site lists in its /sitemap.xml, as paths. */
export async function pagesOf(baseUrl) {
  const xml = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
  const pages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname);
  if (pages.length === 0) throw new Error(`${baseUrl}/sitemap.xml lists no pages`);
  return pages;
}

/** `next start` on 127.0.0.1:port; resolves once it answers. */
export async function startNext(port) {
  const child = spawn(
    path.join(root, 'node_modules', '.bin', 'next'),
    ['start', '--hostname', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      stdio: 'ignore',
      env: {...process.env, NEXT_TELEMETRY_DISABLED: '1'},
    },
  );
  await answering(child, `http://127.0.0.1:${port}/en`);
  return {url: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => child.kill('SIGTERM')};
}

/**
 * The standalone server of the last build on 127.0.0.1:port, as a deployment
 * runs it, started by `script` (relative to .next/standalone): its entry point
 * serve/server.mjs, or Next's own server.js, for comparison; resolves once it
 * answers. Used by the load bench, the edge and tests/e2e/standalone.spec.ts.
 */
export async function startStandalone(port, script = 'serve/server.mjs') {
  const child = spawn(process.execPath, [path.join(root, '.next', 'standalone', script)], {
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  await answering(child, `http://127.0.0.1:${port}/en`);
  return {url: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => child.kill('SIGTERM')};
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
};

/** A minimal static server over .next's prerendered HTML and static assets. */
export async function startStatic(port) {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = pathname.startsWith('/_next/static/')
      ? path.join(root, '.next', 'static', pathname.slice('/_next/static/'.length))
      : path.join(root, '.next', 'server', 'app', `${pathname.replace(/^\/$/, '/index')}.html`);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {'content-type': types[path.extname(file)] ?? 'application/octet-stream'});
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {url: `http://127.0.0.1:${port}`, stop: () => server.close()};
}
