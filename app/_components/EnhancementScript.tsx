import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import enhancementScript from '@/lib/site/enhancementScript.json';

// Spelled out: Turbopack traces a literal path (into the standalone output,
// for the 404s rendered there), where a computed one would trace the project.
const file = path.join(process.cwd(), 'public', 'enhance.js');
if (path.relative(process.cwd(), file) !== enhancementScript.output) {
  throw new Error(`EnhancementScript.tsx reads ${file}, not ${enhancementScript.output}`);
}

/** The first 8 hex digits of the built script's SHA-256: a new build's pages ask for a new URL. */
function version(): string {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 8);
  } catch (error) {
    throw new Error(
      `${enhancementScript.output} is missing: npm run build and npm run dev build it (scripts/build/enhancement-script.mjs)`,
      {cause: error},
    );
  }
}

// Built once per production server; `next dev` rebuilds the script while it runs.
let productionVersion: string | undefined;

/**
 * The site's one script (app/_components/enhance.browser.ts), deferred: it
 * never holds up the first paint. Its URL carries its version, so the edge
 * can cache it for good (deploy/nginx/karabakh.conf).
 */
export default function EnhancementScript() {
  const current = process.env.NODE_ENV === 'production' ? (productionVersion ??= version()) : version();
  return <script src={`${enhancementScript.url}?v=${current}`} defer />;
}
