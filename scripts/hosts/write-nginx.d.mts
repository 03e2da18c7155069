// Types of what tests/unit/nginx-config.test.ts uses from write-nginx.mjs.
/** The files of deploy/nginx/, by name, as `npm run hosts:nginx` writes them. */
export function nginxFiles(): Promise<Record<string, string>>;
