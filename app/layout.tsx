import type {ReactNode} from 'react';

// The <html> element lives in app/[locale]/layout.tsx, where the language is
// known; app/global-not-found.tsx renders its own document for unknown paths.
// This root layout only has to exist.
export default function RootLayout({children}: {children: ReactNode}) {
  return children;
}
