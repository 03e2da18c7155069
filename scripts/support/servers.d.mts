// Types of servers.mjs, for the TypeScript that imports it (tsconfig has allowJs: false).
export interface StartedServer {
  /** http://127.0.0.1:port */
  url: string;
  stop(): void;
}

export interface StartedProcess extends StartedServer {
  pid: number | undefined;
}

export function waitFor(url: string, timeoutMs?: number): Promise<void>;
export function pagesOf(baseUrl: string): Promise<string[]>;
export function startNext(port: number): Promise<StartedProcess>;
export function startStandalone(port: number, script?: string): Promise<StartedProcess>;
export function startStatic(port: number): Promise<StartedServer>;
