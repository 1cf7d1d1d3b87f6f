export interface TestClient {
  /** Every frame received, parsed as JSON (or { unparsed } when it was not JSON). */
  messages: unknown[];
  closed: Promise<{ code: number }>;
  isOpen(): boolean;
  send(data: string | Uint8Array, opts?: { binary?: boolean }): void;
  json(obj: unknown): void;
  waitFor(pred: (m: unknown) => boolean, timeoutMs?: number): Promise<unknown>;
  close(): Promise<{ code: number }>;
}
export function connect(url: string): Promise<TestClient>;
