type Props = {
  /** The paragraph's anchor, the same in every language. */
  id: string;
  /** The paragraph's full URL in this language. */
  url: string;
  label: string;
};

/**
 * "Link to this paragraph": a plain #anchor, which scrolls to and highlights
 * the paragraph even without JavaScript; with the site's script it also
 * copies the paragraph's full URL (ParagraphLink.browser.ts).
 */
export default function ParagraphLink({id, url, label}: Props) {
  return (
    <a href={`#${id}`} className="paragraph-link" aria-label={label} data-pagefind-ignore data-copy-link={url}>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="1em" height="1em">
        <path
          d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
    </a>
  );
}
