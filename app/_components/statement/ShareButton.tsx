type Props = {title: string; url: string; label: string};

/**
 * Shares the page through the system share sheet where the browser has one
 * (phones), else copies its link (ShareButton.browser.ts). A button that
 * needs JavaScript, so it is hidden until the site's script shows it; its
 * row is reserved in the layout, so nothing moves when it appears.
 */
export default function ShareButton({title, url, label}: Props) {
  return (
    // The script unhides it; a page that hydrates (`next dev`, a 404) must not call that a mismatch.
    <button
      type="button"
      className="share-button"
      data-share-title={title}
      data-share-url={url}
      hidden
      suppressHydrationWarning
    >
      {label}
    </button>
  );
}
