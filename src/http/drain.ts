import type { Server } from 'node:http';

/**
 * Stops accepting connections and lets the requests in flight finish, for at most `timeoutMs`;
 * then drops what is left. Idle keep-alive connections are closed at once, so they do not hold
 * the close up.
 */
export async function drainHttp(server: Server, timeoutMs: number): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // A connection that finishes its request while we wait becomes idle: close it then too.
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
  try {
    await closed;
  } finally {
    clearInterval(idle);
    clearTimeout(deadline);
  }
}
