import {readdirSync} from 'node:fs';
import path from 'node:path';
import enhancementScript from '@/lib/site/enhancementScript.json';

/** Which of the site's scripts: the one of every page, or the search page's own. */
type Script = 'site' | 'search';

const directoryOf: Record<Script, string> = {site: '', search: `${enhancementScript.search.directory}/`};

/** A built script's file name, its content hash (scripts/build/enhancement-script.mjs writes only it). */
function builtScript(script: Script): string {
  const directory = path.join(process.cwd(), enhancementScript.outputDir, directoryOf[script]);
  const scripts = readdirSync(directory).filter((file) => file.endsWith('.js'));
  const [name] = scripts;
  if (scripts.length !== 1 || !name) {
    throw new Error(
      `${path.relative(process.cwd(), directory)} holds ${scripts.length} scripts, not one: npm run build and npm run dev build it (scripts/build/enhancement-script.mjs)`,
    );
  }
  return `${directoryOf[script]}${name}`;
}

// Read once per build; `next dev` rebuilds the scripts while it runs.
const productionScripts: Partial<Record<Script, string>> = {};

/**
 * One of the site's scripts (app/_components/enhance.browser.ts, or the
 * search page's), deferred: it never holds up the first paint. Its name is its
 * content's hash, so any copy of it can be cached for good
 * (lib/routing/headers.ts).
 */
export default function EnhancementScript({script = 'site'}: {script?: Script}) {
  const name =
    process.env.NODE_ENV === 'production' ? (productionScripts[script] ??= builtScript(script)) : builtScript(script);
  return <script src={`${enhancementScript.urlPath}${name}`} defer />;
}
