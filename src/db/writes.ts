// Every user action is one transaction; a failure leaves earlier data intact and reaches the
// screen as a WriteError with a Spanish message (i18n/writes), so forms can keep what the user typed.
import Dexie from 'dexie';
import { db } from './database';
import { requestPersistentStorage } from './storage';
import { writeFailures } from '../i18n/writes';

type WriteErrorReason = keyof typeof writeFailures;

export class WriteError extends Error {
  constructor(
    public readonly reason: WriteErrorReason,
    message: string,
    public override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

const MESSAGES = writeFailures;

export function toWriteError(err: unknown): WriteError {
  if (err instanceof WriteError) return err;
  const name = errorName(err);
  if (name === 'QuotaExceededError' || name === Dexie.errnames.QuotaExceeded) {
    return new WriteError('quota', MESSAGES.quota, err);
  }
  if (name === 'DataError' || name === 'ConstraintError' || name === 'DataCloneError') {
    return new WriteError('invalid', MESSAGES.invalid, err);
  }
  if (name === 'VersionError' || name === 'DatabaseClosedError' || name === 'BlockedError') {
    return new WriteError('blocked', MESSAGES.blocked, err);
  }
  return new WriteError('unknown', MESSAGES.unknown, err);
}

function errorName(err: unknown): string {
  if (err && typeof err === 'object') {
    const inner = (err as { inner?: unknown }).inner;
    if (inner && typeof inner === 'object' && 'name' in inner && inner.name === 'QuotaExceededError') {
      return 'QuotaExceededError';
    }
    if ('name' in err && typeof err.name === 'string') return err.name;
  }
  return '';
}

type TableName = 'schools' | 'sessions' | 'settings' | (string & {});

/** Runs one user action in one read-write transaction over the named tables. */
export async function write<T>(tables: TableName[], action: () => Promise<T>): Promise<T> {
  try {
    const result = await db.transaction('rw', tables, action);
    void requestPersistentStorage();
    return result;
  } catch (err) {
    throw toWriteError(err);
  }
}
