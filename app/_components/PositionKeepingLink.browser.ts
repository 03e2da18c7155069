// PositionKeepingLink.tsx's behaviour: the reader's ?query and #paragraph,
// which exist only in the browser, carried onto each link to the same page in
// another language, now and whenever they change. Paragraph ids are the same
// in every language. data-keeps-position holds the link's prerendered href.

export function keepPositionOnLinks(): void {
  const links = document.querySelectorAll<HTMLAnchorElement>('a[data-keeps-position]');
  if (links.length === 0) return;
  const carryPosition = () => {
    for (const link of links) {
      link.href = (link.dataset.keepsPosition ?? link.pathname) + window.location.search + window.location.hash;
    }
  };
  carryPosition();
  window.addEventListener('hashchange', carryPosition);
  window.addEventListener('popstate', carryPosition);
}
