'use client';

import type {ReactNode} from 'react';
import {createContext, useCallback, useContext, useEffect, useState} from 'react';

type CopyLink = (url: string) => Promise<void>;

const CopyLinkContext = createContext<CopyLink>(async () => {});

/** Copies a URL to the clipboard and tells the reader, through the live region below. */
export function useCopyLink(): CopyLink {
  return useContext(CopyLinkContext);
}

const MESSAGE_SECONDS = 4;

/**
 * Holds the one live region through which "Link copied" is announced (and
 * shown), so every copy control on the page speaks with the same voice.
 */
export default function CopyLinkProvider({copiedMessage, children}: {copiedMessage: string; children: ReactNode}) {
  const [message, setMessage] = useState('');
  const [count, setCount] = useState(0);

  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(''), MESSAGE_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [message, count]);

  const copyLink = useCallback<CopyLink>(
    async (url) => {
      try {
        await navigator.clipboard.writeText(url);
      } catch {
        // No clipboard (permission, insecure context): the link still works as
        // a link, and the address bar shows it; say nothing false.
        return;
      }
      setMessage(copiedMessage);
      setCount((previous) => previous + 1);
    },
    [copiedMessage],
  );

  return (
    <CopyLinkContext value={copyLink}>
      {children}
      <p className="link-status" role="status" data-visible={message ? 'true' : 'false'}>
        {/* A fresh key makes a repeated message a new announcement. */}
        <span key={count}>{message}</span>
      </p>
    </CopyLinkContext>
  );
}
