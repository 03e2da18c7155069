'use client';

import {useSyncExternalStore} from 'react';
import {useCopyLink} from './CopyLinkProvider';

const subscribeToNothing = () => () => {};

type Props = {title: string; url: string; label: string};

/**
 * Shares the page through the system share sheet where the browser has
 * one (phones), else copies its link. A button that needs JavaScript, so it
 * appears only once JavaScript runs; the page's links work without it.
 */
export default function ShareButton({title, url, label}: Props) {
  const copyLink = useCopyLink();
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  if (!hydrated) return null;

  async function share() {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({title, url});
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing to do.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    await copyLink(url);
  }

  return (
    <button type="button" className="share-button" onClick={() => void share()}>
      {label}
    </button>
  );
}
