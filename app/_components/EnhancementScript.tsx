import {readdirSync} from 'node:fs';
import path from 'node:path';
import enhancementScript from '@/lib/site/enhancementScript.json';

const directory = path.join(process.cwd(), enhancementScript.outputDir);

/** The built script's file name, its content hash (scripts/build/enhancement-script.mjs writes only it). */
function builtScript(): string {
  const scripts = readdirSync(directory).filter((file) => file.endsWith('.js'));
  const [script] = scripts;
  if (scripts.length !== 1 || !script) {
    throw new Error(
      `${enhancementScript.outputDir} holds ${scripts.length} scripts, not one: npm run build and npm run dev build it (scripts/build/enhancement-script.mjs)`,
    );
  }
  return script;
}

// Read once per build; `next dev` rebuilds the script while it runs.
let productionScript: string | undefined;

/**
 * The site's one script (app/_components/enhance.browser.ts), deferred: it
 * never holds up the first paint. Its name is its content's hash, so any
 * copy of it can be cached for good (lib/routing/headers.ts).
 */
export default function EnhancementScript() {
  const script = process.env.NODE_ENV === 'production' ? (productionScript ??= builtScript()) : builtScript();
  return <script src={`${enhancementScript.urlPath}${script}`} defer />;
}
