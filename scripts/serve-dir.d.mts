export interface ServedDir {
  /** Where the app is: origin plus the sub-path, without a trailing slash. */
  url: string;
  origin: string;
  port: number;
  /** Replace a file's content (by URL path under the base) without touching disk. */
  override(path: string, body: string | Uint8Array): void;
  /** Answer the next `times` requests for `path` (under the base) with 503; 0 stops. */
  fail(path: string, times: number): void;
  close(): Promise<void>;
}
export function serveDir(dir?: string, options?: { port?: number; base?: string }): Promise<ServedDir>;
