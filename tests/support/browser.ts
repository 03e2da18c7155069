import {test as base} from '@playwright/test';
import type {BrowserContext, ConsoleMessage} from '@playwright/test';

// Every browser test watches what no page may do: have its Content-Security-
// Policy block anything (a style, a script, a font, an image of the site's
// own) or write an error to the console. The specs import `test` and
// `expect` from here, so each of their pages is watched without asking; a
// spec that opens contexts of its own passes them to `watchBrowserProblems`.

/** What a page reported that it should not have: CSP violations and console errors. */
export type BrowserProblems = string[];

/**
 * Chromium logs a document answered with an error status as a failed load.
 * That is the status a 404 page is meant to have, not a problem of the page.
 */
function isOwnDocumentStatus(message: ConsoleMessage) {
  const page = message.page();
  return (
    /^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text()) &&
    page !== null &&
    message.location().url === page.url()
  );
}

/** Starts collecting the problems of every page of `context` into `problems`. */
export async function watchBrowserProblems(context: BrowserContext, problems: BrowserProblems) {
  await context.exposeBinding('reportPolicyViolation', (_source, violation: string) => {
    problems.push(`CSP blocked ${violation}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as {reportPolicyViolation: (violation: string) => void}).reportPolicyViolation;
      report(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`.trim());
    });
  });
  context.on('console', (message) => {
    if (message.type() === 'error' && !isOwnDocumentStatus(message)) problems.push(`console: ${message.text()}`);
  });
  context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`));
}

export const test = base.extend<{
  /** Problems a test provokes on purpose (e.g. a script slipped in to be blocked): matched, they are expected. */
  expectedBrowserProblems: RegExp;
  browserProblems: BrowserProblems;
}>({
  // A pattern that matches nothing: by default every problem fails the test.
  expectedBrowserProblems: [/(?!)/, {option: true}],
  browserProblems: [
    async ({context, expectedBrowserProblems}, use) => {
      const problems: BrowserProblems = [];
      await watchBrowserProblems(context, problems);
      await use(problems);
      const unexpected = problems.filter((problem) => !expectedBrowserProblems.test(problem));
      if (unexpected.length > 0) throw new Error(`The page reported problems:\n  ${unexpected.join('\n  ')}`);
    },
    {auto: true},
  ],
});

export {expect} from '@playwright/test';
