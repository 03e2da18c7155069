import {createNavigation} from 'next-intl/navigation';
import {routing} from './routing';

// next-intl's navigation APIs, for server code outside the pages (sitemap.ts).
// Page components build their few links with app/_lib/site.ts and
// app/_lib/localizedPath.ts instead: importing this module into a page would
// ship next-intl's client Link and message formatter to every reader.

export const {Link, redirect, usePathname, useRouter, getPathname} = createNavigation(routing);
