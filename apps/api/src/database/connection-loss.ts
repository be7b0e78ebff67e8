/** Node's codes for a socket to the database that is gone or not there (a restart under way). */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'EPIPE', 'ETIMEDOUT']);

/**
 * Whether an error says only that the database connection was lost: the
 * server shutting down or restarting (SQLSTATE class 57P), no connection
 * (class 08), or the socket itself gone.
 */
export function isConnectionLoss(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || /^(57P0[1-3]|08...)$/.test(code)))
    return true;
  return (
    error.message === 'Connection terminated unexpectedly' ||
    error.message === 'Client has encountered a connection error and is not queryable'
  );
}

/**
 * pg-boss marks a finished job complete (or failed) without waiting for the
 * answer, so with the database away for a moment that write fails where no
 * one can catch it, and Node ends the process. The job is not lost: it
 * expires and runs again, and every handler is idempotent. So a rejection that
 * says only "connection lost" is logged; any other still ends the process.
 */
export function surviveConnectionLoss(warn: (message: string) => void): void {
  process.on('unhandledRejection', (reason) => {
    if (!isConnectionLoss(reason)) throw reason;
    warn(`A database write was lost with its connection: ${(reason as Error).message}`);
  });
}
