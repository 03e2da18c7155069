// Which of the build's client scripts are the site's own: the chunks that Next's
// client reference manifests list for the project's client components, less
// every chunk that the framework's own client modules need as well.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const root = path.join(import.meta.dirname, '..', '..');

export function ownScripts(appDir = path.join(root, '.next', 'server', 'app')) {
  const own = new Set();
  const framework = new Set();
  for (const entry of readdirSync(appDir, {recursive: true})) {
    if (!entry.endsWith('_client-reference-manifest.js')) continue;
    const context = vm.createContext({});
    vm.runInContext(readFileSync(path.join(appDir, entry), 'utf8'), context);
    for (const manifest of Object.values(context.__RSC_MANIFEST)) {
      for (const [module, {chunks}] of Object.entries(manifest.clientModules)) {
        const into = module.startsWith('[project]/') && !module.includes('/node_modules/') ? own : framework;
        for (const chunk of chunks) into.add(chunk);
      }
    }
  }
  return [...own].filter((chunk) => !framework.has(chunk));
}
