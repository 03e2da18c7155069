// LinkStatus.tsx's behaviour, for every control that copies a link.

const MESSAGE_SECONDS = 4;
let hideTimer: number | undefined;

/** Copies url to the clipboard and says so in the page's live region. */
export async function copyLink(url: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    // No clipboard (permission, insecure context): the link still works as
    // a link, and the address bar shows it; say nothing false.
    return;
  }
  announceCopied();
}

function announceCopied(): void {
  const region = document.querySelector<HTMLElement>('.link-status[data-message]');
  if (!region) return;
  // A fresh element makes a repeated message a new announcement.
  const message = document.createElement('span');
  message.textContent = region.dataset.message ?? '';
  region.replaceChildren(message);
  region.dataset.visible = 'true';
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => {
    region.dataset.visible = 'false';
    region.replaceChildren(document.createElement('span'));
  }, MESSAGE_SECONDS * 1000);
}
