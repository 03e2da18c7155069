// Links are derived from the text the reader sees, so the visible contact
// details and their targets cannot disagree.

export function telHref(displayedNumber: string): string {
  return `tel:${displayedNumber.replace(/[^+\d]/g, '')}`;
}

export function mailtoHref(address: string): string {
  return `mailto:${address}`;
}

export function websiteHref(host: string): string {
  // The association's own letter links its site over plain http.
  return `http://${host}`;
}
