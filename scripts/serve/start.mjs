// npm start: serves out/ (`npm run build` writes it) on http://localhost:3000
// with the embedded server (scripts/serve/server.ts). PORT and HOSTNAME as
// Next's own servers read them; OUT_DIR to serve another copy of the site.
import {existsSync, realpathSync} from 'node:fs';
import path from 'node:path';
import {createJiti} from 'jiti';

const given = path.resolve(process.env.OUT_DIR ?? path.join(import.meta.dirname, '..', '..', 'out'));
if (!existsSync(path.join(given, '404.html'))) {
  console.error(`There is no site to serve in ${given}: build it first with \`npm run build\`.`);
  process.exit(1);
}
// The folder the link names now (deploy/publish.sh switches it): this server
// keeps serving that build, whole, until it is restarted.
const outDir = realpathSync(given);
const port = Number.parseInt(process.env.PORT ?? '', 10) || 3000;
const hostname = process.env.HOSTNAME || 'localhost';

const {createSiteServer} = /** @type {typeof import('./server.ts')} */ (
  await createJiti(import.meta.url).import(path.join(import.meta.dirname, 'server.ts'))
);
const server = createSiteServer(outDir);
server.listen(port, hostname, () => console.log(`Serving ${outDir} on http://${hostname}:${port}`));

// systemd and Docker stop with SIGTERM: finish what is in flight, then exit.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
