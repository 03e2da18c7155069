import type {ReactNode} from 'react';

// The <html> element lives in app/[locale]/layout.tsx, where the language is
// known; app/not-found.tsx renders its own document for paths outside any
// locale. This root layout only has to exist.
export default function RootLayout({children}: {children: ReactNode}) {
  return children;
}
