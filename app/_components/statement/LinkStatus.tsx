/**
 * The page's one live region, through which "Link copied" is announced (and
 * shown) by every copy control (LinkStatus.browser.ts). It is in the HTML
 * from the start, empty and visually hidden, so that screen readers know it
 * before its first announcement.
 */
export default function LinkStatus({copiedMessage}: {copiedMessage: string}) {
  return (
    // The script fills it; a page that hydrates (`next dev`, a 404) must not call that a mismatch.
    <p className="link-status" role="status" data-visible="false" data-message={copiedMessage} suppressHydrationWarning>
      <span suppressHydrationWarning />
    </p>
  );
}
