// npm run check:publish [-- --skip-build] [--port <first of three>] [--publish <script>]
//
// deploy/publish.sh's promise, under load: a reader gets the old build or the
// new one, never half of each, never a stale Brotli copy beside a changed
// file; a page cached before the switch still finds its stylesheet; three
// releases are kept; and the servers take the new build without a restart.
// Release A is the build in out/, release B the next one made from it
// (next-release.mjs: a new statement, changed stylesheets and scripts). Into a
// scratch site folder, A is published, then nginx alone (scripts/edge/) and
// the embedded server (npm start) serve its link, while readers
// (readers.mjs: 4 connections to each, 6 s) read pages and every file they
// name, B is published three times. Then: no reader met an error, a 5xx, a
// 4xx or a file of neither build; both servers answered the new statement
// from the moment each publication returned; three releases are left, the
// link names the newest, which is B, with the earlier hashed files beside it,
// and every .br and .gz copy is its file's; every file A's pages name is
// still there. `--publish` holds another publishing script (same arguments)
// to the same promise.
import {execFile, execFileSync} from 'node:child_process';
import {chmodSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseArgs, promisify} from 'node:util';
import {startEdge} from '../edge/edge.mjs';
import {decode} from '../support/decoded.mjs';
import {freePorts, pagesOf, startEmbedded} from '../support/servers.mjs';
import {sitePaths} from '../support/site-paths.mjs';
import {makeNextRelease} from './next-release.mjs';
import {clientOf, digestOf, namesIn, read} from './readers.mjs';

const root = path.join(import.meta.dirname, '..', '..');
const {values: options} = parseArgs({
  options: {
    'skip-build': {type: 'boolean', default: false},
    port: {type: 'string'},
    publish: {type: 'string', default: path.join(root, 'deploy', 'publish.sh')},
  },
});
const connections = 4;
const seconds = 6;
const publications = 3;
const started = Date.now();

if (!options['skip-build']) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
if (!existsSync(path.join(root, 'out', '404.html'))) throw new Error('There is no site in out/: build it first.');
const ports = options.port ? [0, 1, 2].map((step) => Number(options.port) + step) : await freePorts(3);
const [http = 0, https = 0, embeddedPort = 0] = ports;

const scratch = mkdtempSync(path.join(tmpdir(), 'karabakh-publish-'));
// nginx's workers run as an unprivileged user: they must reach the site.
chmodSync(scratch, 0o755);
const builds = {A: path.join(scratch, 'A'), B: path.join(scratch, 'B')};
const site = path.join(scratch, 'site');
const link = path.join(site, 'out');
/** @type {string[]} */
const problems = [];
/** @param {boolean} holds @param {string} problem */
const expect = (holds, problem) => {
  if (!holds) problems.push(problem);
};

/**
 * Every file of a build or release (site path → digest).
 * @param {string} dir
 */
const digestsOf = (dir) => new Map(sitePaths(dir).map((file) => [file, digestOf(readFileSync(path.join(dir, file)))]));
/** @param {string} build */
async function publish(build) {
  await promisify(execFile)('bash', [options.publish ?? '', build, site]);
}

/** @type {{stop: () => void}[]} */
const running = [];
try {
  execFileSync('cp', ['-a', path.join(root, 'out'), builds.A]);
  const next = makeNextRelease(builds.A, builds.B);
  const digests = {A: digestsOf(builds.A), B: digestsOf(builds.B)};
  await publish(builds.A);

  const edge = await startEdge({http, https}, {site: link});
  running.push(edge);
  const embedded = await startEmbedded(embeddedPort, {outDir: link});
  running.push(embedded);
  const ca = readFileSync(edge.certificate);
  const servers = {nginx: clientOf(edge.url, connections, {ca}), embedded: clientOf(embedded.url, connections)};
  const pages = await pagesOf(embedded.url);

  /**
   * Each server's answer for the new statement, as it is now.
   * @param {boolean} published
   * @param {string} when
   */
  const expectStatement = async (published, when) => {
    for (const [name, client] of Object.entries(servers)) {
      const answer = await client.get(next.address);
      const has = answer.status === 200 && answer.body.toString('utf8').includes(next.title);
      expect(
        published ? has : answer.status === 404,
        `${name} ${when}: ${next.address} answered ${answer.error ?? answer.status}${published ? ', not the new statement' : ''}`,
      );
    }
  };
  await expectStatement(false, 'with A published');

  // Three publications of B while the readers read, spread over their time.
  const readings = Object.entries(servers).map(async ([name, client]) => ({
    name,
    ...(await read(client, {connections, seconds, pages, builds: digests})),
  }));
  /** @type {number[]} */
  const publishMs = [];
  for (let time = 1; time <= publications; time += 1) {
    await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / (publications + 1)));
    const before = Date.now();
    await publish(builds.B);
    publishMs.push(Date.now() - before);
    await expectStatement(true, `once publication ${time} of B returned`);
  }
  for (const {name, requests, failures, seen} of await Promise.all(readings)) {
    console.log(
      `${name}: ${requests} requests, ${failures.length} failed; answers only A has: ${seen.A}, only B: ${seen.B}`,
    );
    for (const failure of failures.slice(0, 10)) problems.push(`${name}: ${failure}`);
    if (failures.length > 10) problems.push(`${name}: and ${failures.length - 10} more failures`);
    expect(
      Boolean(seen.A && seen.B),
      `${name}: the readers did not read both builds (the switch fell outside the load)`,
    );
  }
  console.log(`publish.sh took ${publishMs.join(', ')} ms`);

  // The releases, as said: three, the link on the newest, which is B whole, the earlier hashed files beside it.
  const releases = readdirSync(path.join(site, 'releases')).sort();
  expect(releases.length === 3, `${releases.length} releases kept, not 3: ${releases.join(', ')}`);
  const live = realpathSync(link);
  expect(
    lstatSync(link).isSymbolicLink() && live === path.join(site, 'releases', releases.at(-1) ?? ''),
    `${link} is ${lstatSync(link).isSymbolicLink() ? `a link to ${live}` : 'no link'}, not a link to the newest release`,
  );
  const published = digestsOf(live);
  for (const [file, digest] of digests.B) {
    expect(published.get(file) === digest, `${file} of B is ${published.has(file) ? 'changed' : 'missing'} in ${live}`);
  }
  for (const file of published.keys()) {
    expect(
      digests.B.has(file) || /^\/(?:_next\/static|enhance)\//.test(file),
      `${file} is in ${live} but not in B, nor a hashed file`,
    );
  }
  // Every Brotli and gzip copy is its file's.
  for (const file of published.keys()) {
    const copy = file.match(/^(.+)\.(br|gz)$/);
    if (!copy?.[1] || !published.has(copy[1])) continue;
    const compressed = readFileSync(path.join(live, file));
    const content = decode(copy[2] === 'br' ? 'br' : 'gzip', compressed);
    expect(digestOf(content) === published.get(copy[1]), `${file} is not ${copy[1]}: a stale copy`);
  }
  // A page of A, cached before the switches, still finds every file it names.
  const named = new Set(
    [...digests.A.keys()]
      .filter((file) => file.endsWith('.html'))
      .flatMap((page) => namesIn(readFileSync(path.join(builds.A, page), 'utf8'))),
  );
  for (const [name, client] of Object.entries(servers)) {
    for (const file of named) {
      const {status, error} = await client.get(file);
      expect(
        !error && status < 400,
        `${name}: ${file}, which a page of A names, answers ${error ?? status} after the switch`,
      );
    }
  }
  for (const client of Object.values(servers)) client.close();
} finally {
  for (const server of running) server.stop();
  if (process.env.KEEP_PUBLISH) console.log(`kept ${scratch}`);
  else rmSync(scratch, {recursive: true, force: true});
}

const took = ((Date.now() - started) / 1000).toFixed(1);
if (problems.length) {
  console.error(`Publishing lost readers (${took} s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Publishing lost no reader: old build or new, whole, three releases kept (${took} s).`);
