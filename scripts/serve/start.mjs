// npm start: serves out/ (`npm run build` writes it) on http://localhost:3000
// with the embedded server (scripts/serve/server.ts). PORT and HOSTNAME as
// Next's own servers read them; OUT_DIR to serve another copy of the site.
import {existsSync} from 'node:fs';
import path from 'node:path';
import {load} from '../support/typescript.mjs';

// Where deploy/publish.sh keeps its link, the link itself: the server follows
// it from one release to the next, without a restart (server.ts, releases()).
const outDir = path.resolve(process.env.OUT_DIR ?? path.join(import.meta.dirname, '..', '..', 'out'));
if (!existsSync(path.join(outDir, '404.html'))) {
  console.error(`There is no site to serve in ${outDir}: build it first with \`npm run build\`.`);
  process.exit(1);
}
const port = Number.parseInt(process.env.PORT ?? '', 10) || 3000;
const hostname = process.env.HOSTNAME || 'localhost';

const {createSiteServer} = /** @type {typeof import('./server.ts')} */ (await load('scripts/serve/server.ts'));
const server = createSiteServer(outDir);
server.listen(port, hostname, () => console.log(`Serving ${outDir} on http://${hostname}:${port}`));

// systemd and Docker stop with SIGTERM: finish what is in flight, then exit.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
