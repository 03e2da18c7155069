// A host with no rules, for npm run check:hosts: a folder served as GitHub
// Pages and most static hosts serve one, where an address without an
// extension is its `.html` file (`/sv` is sv.html, `/` is index.html) and
// nothing else holds: no redirects, no headers of the site's, no 404
// document, no directory listings. sirv (the embedded server's file server)
// with its `extensions` option alone.
//   node scripts/hosts/plain-server.mjs <folder> <port>
import {createServer} from 'node:http';
import sirv from 'sirv';

const [folder = 'out', port = '3701'] = process.argv.slice(2);
createServer(sirv(folder, {extensions: ['html']})).listen(Number(port), '127.0.0.1', () =>
  console.log(`${folder}/ on http://127.0.0.1:${port}`),
);
