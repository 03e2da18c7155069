// The next release for npm run check:publish, made from a build (release A)
// without building again (a second build costs minutes): B is A changed the
// way a build with one more statement and a changed stylesheet and script
// differs from the one before, where publishing can go wrong.
// - Every stylesheet and script named by a hash (_next/static/chunks/*.css,
//   enhance/**/*.js) gets a line more, so a new hash, a new name and new
//   copies; A's names are gone from B, and every page names B's.
// - A test statement (tests/fixtures/publish/next-statement.json: test text,
//   never published) is a new page, a copy of one of A's statement pages
//   with the test text in its <main>, linked from its language's front page
//   and listed in the sitemap.
// - robots.txt changes and loses its Brotli copy, as a build drops a copy
//   that is not smaller (today's robots.txt.br is one byte smaller than the
//   file): a copy left from A beside it would be stale.
// Every changed text file gets new .br and .gz copies, as the build writes them.
import {cpSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import path from 'node:path';
import {brotliCompressSync, gzipSync} from 'node:zlib';
import {sitePaths} from '../support/site-paths.mjs';

const root = path.join(import.meta.dirname, '..', '..');
/** @type {{id: string, title: string, text: string}} */
const nextStatement = JSON.parse(
  readFileSync(path.join(root, 'tests', 'fixtures', 'publish', 'next-statement.json'), 'utf8'),
);
const compressed = /\.(?:br|gz)$/;

/**
 * Writes `file` of `dir` with `content`, and its Brotli and gzip copies (none, with `copies: false`).
 * @param {string} dir
 * @param {string} file
 * @param {string} content
 */
function write(dir, file, content, {copies = true} = {}) {
  const onDisk = path.join(dir, file);
  writeFileSync(onDisk, content);
  rmSync(`${onDisk}.br`, {force: true});
  rmSync(`${onDisk}.gz`, {force: true});
  if (!copies) return;
  writeFileSync(`${onDisk}.br`, brotliCompressSync(content));
  writeFileSync(`${onDisk}.gz`, gzipSync(content));
}

/**
 * Makes `to` release B of the build in `from` (release A); resolves to the new statement's path and title.
 * @param {string} from
 * @param {string} to
 */
export function makeNextRelease(from, to) {
  cpSync(from, to, {recursive: true});
  const files = sitePaths(to).filter((file) => !compressed.test(file));

  /** @type {Map<string, string>} */
  const renamed = new Map();
  for (const file of files.filter((name) => /^\/(?:_next\/static\/chunks\/.*\.css|enhance\/.*\.js)$/.test(name))) {
    const content = `${readFileSync(path.join(to, file), 'utf8')}\n/* the next release */\n`;
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
    const next = `${path.posix.dirname(file)}/${hash}${path.posix.extname(file)}`;
    write(to, file, content);
    for (const suffix of ['', '.br', '.gz']) renameSync(path.join(to, file + suffix), path.join(to, next + suffix));
    renamed.set(file, next);
  }
  if (renamed.size === 0) throw new Error(`${from} has no hashed stylesheet or script to change`);

  const pages = files.filter((file) => file.endsWith('.html'));
  for (const page of pages) {
    const html = readFileSync(path.join(to, page), 'utf8');
    let changed = html;
    for (const [file, next] of renamed) changed = changed.replaceAll(`"${file}"`, `"${next}"`);
    if (changed !== html) write(to, page, changed);
  }

  // The test statement, in the language of the first statement page found, a page of that build.
  const model = pages.find((page) => /^\/[^/]+\/statements\/[^/]+\.html$/.test(page));
  if (!model) throw new Error(`${from} has no statement page to model the next statement on`);
  const locale = model.split('/')[1] ?? '';
  const address = `/${locale}/statements/${nextStatement.id}`;
  const body = `<h1>${nextStatement.title}</h1><p>${nextStatement.text}</p>`;
  /** @param {string} file @param {(html: string) => string} change */
  const edit = (file, change) => {
    const before = readFileSync(path.join(to, file), 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`${file} of ${from} is not as the next release expects`);
    write(to, file, after);
  };
  write(to, `${address}.html`, readFileSync(path.join(to, model), 'utf8'));
  edit(`${address}.html`, (html) => html.replace(/(<main[^>]*>)/, `$1${body}`));
  edit(`/${locale}.html`, (html) =>
    html.replace(/(<main[^>]*>)/, `$1<p><a href="${address}">${nextStatement.title}</a></p>`),
  );
  edit('/sitemap.xml', (xml) => {
    const origin = xml.match(/<loc>(https?:\/\/[^/<]+)/)?.[1] ?? '';
    return xml.replace('</urlset>', `<url><loc>${origin}${address}</loc></url></urlset>`);
  });
  write(to, '/robots.txt', `${readFileSync(path.join(to, 'robots.txt'), 'utf8')}# the next release\n`, {
    copies: false,
  });
  return {address, title: nextStatement.title};
}
