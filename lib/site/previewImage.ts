// The link preview of every page (app/_components/openGraphImage.ts draws it;
// lib/site/metadata.ts names it in the page's head).
export const openGraphImageSize = {width: 1200, height: 630};
export const openGraphImageType = 'image/png';
