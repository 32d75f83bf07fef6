import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

interface ClientProblem {
  status: number;
  reason: string;
  code: string;
  title: string;
  detail: string;
}

/** What Node's HTTP parser refuses before any route sees the request; Node's own answers have no body. */
function problemFor(error: NodeJS.ErrnoException): ClientProblem {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return {
      status: 431,
      reason: 'Request Header Fields Too Large',
      code: 'headers_too_large',
      title: 'Request header fields too large',
      detail: 'The request headers are larger than the 16 KB the service accepts. Send fewer or shorter headers (cookies, tokens).',
    };
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { status: 408, reason: 'Request Timeout', code: 'request_timeout', title: 'Request timeout', detail: 'The request did not arrive in time.' };
  }
  return { status: 400, reason: 'Bad Request', code: 'bad_request', title: 'Bad request', detail: 'The request is not valid HTTP.' };
}

/**
 * Answers requests the HTTP parser refuses (headers over 16 KB, malformed HTTP) with a
 * problem+json body like every other error, written on the raw socket since there is no
 * response object yet; then closes the connection, as Node does.
 */
export function answerClientErrorsWithProblems(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A response already under way cannot be replaced; a reset peer hears nothing.
    const started = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (error.code === 'ECONNRESET' || !socket.writable || started) {
      socket.destroy();
      return;
    }
    const { status, reason, code, title, detail } = problemFor(error);
    const body = JSON.stringify({ type: `urn:kobling:problem:${title.toLowerCase().replace(/ /g, '-')}`, title, status, detail, code });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\n` +
        'Content-Type: application/problem+json\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n' +
        body,
      () => socket.destroy(),
    );
  });
}
