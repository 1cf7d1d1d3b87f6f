export interface RelayLimits {
  maxPayload: number;
  maxClients: number;
  maxClientsPerAddress: number;
  maxTopicsPerClient: number;
  maxTopicLength: number;
  framesPerSecond: number;
  framesBurst: number;
  bytesPerSecond: number;
  bytesBurst: number;
  maxStrikes: number;
  maxBufferedBytes: number;
  pingIntervalMs: number;
}
export const RELAY_LIMITS: Readonly<RelayLimits>;
export interface RelayStats {
  connections: number;
  topics: number;
  accepted: { subscribe: number; unsubscribe: number; publish: number; ping: number };
  delivered: number;
  refused: {
    binary: number;
    notJson: number;
    badShape: number;
    oversize: number;
    protocol: number;
    tooManyTopics: number;
    rateLimited: number;
    full: number;
  };
  skippedSlow: number;
  closedForAbuse: number;
}
export interface RelayServer {
  port: number;
  /** Live counters; never any content. */
  stats: RelayStats;
  close(): Promise<void>;
}
export function startRelayServer(opts?: {
  port?: number;
  host?: string;
  limits?: Partial<RelayLimits>;
  now?: () => number;
}): Promise<RelayServer>;
