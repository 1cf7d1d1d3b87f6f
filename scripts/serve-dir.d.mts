export interface ServedDir {
  url: string;
  port: number;
  /** Replace a file's content (by URL path) without touching disk. */
  override(path: string, body: string | Uint8Array): void;
  close(): Promise<void>;
}
export function serveDir(dir?: string): Promise<ServedDir>;
