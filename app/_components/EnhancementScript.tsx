import {type BuiltScripts, readBuiltScripts, type Script} from '@/lib/site/builtScripts';

// Read once per build; `next dev` rebuilds the scripts while it runs, so there every render reads them anew.
let productionScripts: BuiltScripts | undefined;

/**
 * One of the site's scripts (app/_components/enhance.browser.ts, or the
 * search page's), deferred: it never holds up the first paint. Its name is its
 * content's hash, as the build's script step chose and handed it on
 * (lib/site/builtScripts.ts), so any copy of it can be cached for good
 * (lib/routing/headers.ts).
 */
export default function EnhancementScript({script = 'site'}: {script?: Script}) {
  const scripts =
    process.env.NODE_ENV === 'production' ? (productionScripts ??= readBuiltScripts()) : readBuiltScripts();
  return <script src={scripts[script]} defer />;
}
