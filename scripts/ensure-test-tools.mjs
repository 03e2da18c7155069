// What the end-to-end tests need from Debian, installed when missing (npm run test:site, before its builds):
// - chromium: Playwright drives Debian's Chromium (scripts/support/chromium.mjs),
//   since its own browser download is not reachable from these machines;
// - poppler-utils: pdftotext reads back the PDFs the print tests produce.
import {chromiumPath} from './support/chromium.mjs';
import {ensureDebianPackages} from './support/debian.mjs';

ensureDebianPackages(
  [
    ['chromium', chromiumPath],
    ['poppler-utils', '/usr/bin/pdftotext'],
  ],
  'the end-to-end tests',
);
