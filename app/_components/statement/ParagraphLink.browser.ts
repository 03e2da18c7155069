// ParagraphLink.tsx's behaviour: following a paragraph's link (to its
// #anchor, which the browser does itself) also copies its full URL.
import {copyLink} from './LinkStatus.browser';

export function copyParagraphLinks(): void {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLElement>('a[data-copy-link]') : null;
    const url = link?.dataset.copyLink;
    if (url) void copyLink(url);
  });
}
