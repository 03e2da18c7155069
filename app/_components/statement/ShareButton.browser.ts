// ShareButton.tsx's behaviour.
import {copyLink} from './LinkStatus.browser';

export function enableShareButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-share-url]')) {
    const {shareTitle: title = '', shareUrl: url = ''} = button.dataset;
    button.addEventListener('click', () => void share(title, url));
    button.hidden = false;
  }
}

async function share(title: string, url: string): Promise<void> {
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
