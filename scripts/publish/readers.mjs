// Readers for npm run check:publish: a fixed number of connections to one
// server on loopback, each a reader who, for a bounded time, opens a page,
// fetches every file it names (stylesheets, scripts, fonts, icons, the
// manifest) and follows one of its links, as a browser does; a page that names
// no page sends the reader to one of the sitemap's. Every answer is held to
// the promise of publishing: no error, no 5xx, no 4xx for a page or file that
// a page served in that moment names, and every file whole, as one of the
// published builds has it.
import {createHash} from 'node:crypto';
import {Agent as HttpAgent, request as httpRequest} from 'node:http';
import {Agent as HttpsAgent, request as httpsRequest} from 'node:https';
import {decoded} from '../support/decoded.mjs';

/** @typedef {{status: number, type: string, body: Buffer, error?: string}} Answer */
/** @typedef {{requests: number, failures: string[], seen: Record<string, number>}} Reading */

/**
 * What a client sends to one server, over at most `connections` kept-alive
 * connections, as a browser keeps them.
 * @param {string} baseUrl
 * @param {number} connections
 * @param {{ca?: Buffer}} [tls] the certificate to trust, for an https baseUrl
 */
export function clientOf(baseUrl, connections, {ca} = {}) {
  const url = new URL(baseUrl);
  const secure = url.protocol === 'https:';
  const agent = secure
    ? new HttpsAgent({keepAlive: true, maxSockets: connections, ca})
    : new HttpAgent({keepAlive: true, maxSockets: connections});
  const request = secure ? httpsRequest : httpRequest;
  /**
   * GET `target`, its body decoded from the Content-Encoding it was sent with;
   * status 0 and the error where there is no answer or it cannot be read.
   * @param {string} target
   * @param {string} acceptEncoding
   * @returns {Promise<Answer>}
   */
  const get = (target, acceptEncoding = '') =>
    new Promise((resolve) => {
      /** @param {unknown} error */
      const reject = (error) => resolve({status: 0, type: '', body: Buffer.alloc(0), error: String(error)});
      const outgoing = request(
        {
          host: url.hostname,
          port: url.port,
          path: target,
          agent,
          headers: acceptEncoding ? {'accept-encoding': acceptEncoding} : {},
        },
        (response) => {
          /** @type {Buffer[]} */
          const chunks = [];
          response.on('data', (/** @type {Buffer} */ chunk) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            try {
              const body = decoded({headers: response.headers, body: Buffer.concat(chunks)});
              resolve({status: response.statusCode ?? 0, type: response.headers['content-type'] ?? '', body});
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end();
    });
  return {get, close: () => agent.destroy()};
}

/**
 * The site paths a page names: href and src on this site, without query or fragment.
 * @param {string} html
 */
export function namesIn(html) {
  const names = [...html.matchAll(/\s(?:href|src)="(\/(?!\/)[^"#?]*)/g)].map(([, name = '']) => name);
  return [...new Set(names)];
}

/**
 * The file that answers a site path with 200: itself where its last segment has an extension, else its page.
 * @param {string} name
 */
const fileOf = (name) => (/\.[^/]+$/.test(name) ? name : `${name}.html`);

/** @param {Buffer} content */
export const digestOf = (content) => createHash('sha256').update(content).digest('hex');

/** @template T @param {T[]} list @returns {T | undefined} */
const anyOf = (list) => list[Math.floor(Math.random() * list.length)];

/**
 * Runs `connections` readers against a server for `seconds`. `builds` maps
 * each published build's name to its files (site path → digest): every
 * answer 200 must be one of them, byte for byte. Resolves to the requests
 * made, the failures, and how many answers were each build's own (its digest
 * is no other build's), which says the readers saw the switch.
 * @param {ReturnType<typeof clientOf>} client
 * @param {{connections: number, seconds: number, pages: string[], builds: Record<string, Map<string, string>>}} load
 * @returns {Promise<Reading>}
 */
export async function read(client, {connections, seconds, pages, builds}) {
  const deadline = Date.now() + seconds * 1000;
  /** @type {Reading} */
  const reading = {requests: 0, failures: [], seen: Object.fromEntries(Object.keys(builds).map((name) => [name, 0]))};
  const encodings = ['br, gzip', 'gzip', ''];

  /**
   * Fetches `name`, which `why` names, and holds the answer to the promise.
   * @param {string} name
   * @param {string} why
   * @param {string} encoding
   */
  const fetchNamed = async (name, why, encoding) => {
    reading.requests += 1;
    const answer = await client.get(name, encoding);
    if (answer.error || answer.status >= 400) {
      reading.failures.push(`${name} (${why}): ${answer.error ?? answer.status}`);
      return undefined;
    }
    if (answer.status !== 200) return answer;
    const digest = digestOf(answer.body);
    const owners = Object.entries(builds).filter(([, files]) => files.get(fileOf(name)) === digest);
    if (owners.length === 0) reading.failures.push(`${name} (${why}): 200 with content no published build has`);
    const [owner] = owners;
    if (owners.length === 1 && owner) reading.seen[owner[0]] = (reading.seen[owner[0]] ?? 0) + 1;
    return answer;
  };

  /** @param {number} index */
  const reader = async (index) => {
    const encoding = encodings[index % encodings.length] ?? '';
    /** @type {[string, string] | undefined} */
    let next;
    while (Date.now() < deadline) {
      const [page, why] = next ?? [anyOf(pages) ?? '/', 'the sitemap'];
      const answer = await fetchNamed(page, why, encoding);
      next = undefined;
      if (!answer?.type.startsWith('text/html')) continue;
      const names = namesIn(answer.body.toString('utf8'));
      for (const file of names.filter((name) => /\.[^/]+$/.test(name))) {
        await fetchNamed(file, `named by ${page}`, encoding);
      }
      const link = anyOf(names.filter((name) => !/\.[^/]+$/.test(name)));
      if (link) next = [link, `a link of ${page}`];
    }
  };
  await Promise.all(Array.from({length: connections}, (_, index) => reader(index)));
  return reading;
}
