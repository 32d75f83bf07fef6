import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_KINDS } from '../common/error-catalogue';
import { inLocale } from '../common/language';
import { Problem, problem, problemTypeUri } from '../common/problems';

const REASONS: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/**
 * What Node's HTTP parser refuses before any route sees the request; Node's own answers have no
 * body. The headers are not read yet, so there is no Accept-Language: the text is Bokmål, the default.
 */
function problemFor(error: NodeJS.ErrnoException): Problem {
  if (error.code === 'HPE_HEADER_OVERFLOW') return problem('headers_too_large');
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return problem('request_timeout');
  return problem('malformed_http');
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
    const refused = problemFor(error);
    const { status } = refused;
    const body = JSON.stringify({
      type: problemTypeUri(refused.kind),
      code: refused.code,
      title: inLocale(PROBLEM_KINDS[refused.kind].title, 'nb'),
      status,
      detail: refused.detail('nb'),
    });
    socket.end(
      `HTTP/1.1 ${status} ${REASONS[status]}\r\n` +
        'Content-Type: application/problem+json\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n' +
        body,
      () => socket.destroy(),
    );
  });
}
