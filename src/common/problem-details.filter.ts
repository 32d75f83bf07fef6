import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnreachable, sqlState } from './database-errors';
import { PROBLEM_KINDS, ProblemCode } from './error-catalogue';
import { inLocale, localeFrom } from './language';
import { Problem, problemTypeUri, renderFieldError } from './problems';

/** The code of an error raised outside our own code (Nest, body-parser), by its status; its library text never reaches the client. */

const CODE_BY_STATUS: Record<number, ProblemCode> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'route_not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** Writes every error as application/problem+json in the reader's language (`Accept-Language`); never a stack trace. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    if (problem.code === 'service_unavailable') {
      this.logger.warn(`${request.method} ${request.originalUrl}: database unreachable (${exception instanceof Error ? exception.message : String(exception)})`);
    } else if (problem.status >= 500) {
      this.logger.error(`${request.method} ${request.originalUrl}`, exception instanceof Error ? exception.stack : exception);
    }
    const locale = localeFrom(request.headers['accept-language']);
    const body: Record<string, unknown> = {
      type: problemTypeUri(problem.kind),
      code: problem.code,
      title: inLocale(PROBLEM_KINDS[problem.kind].title, locale),
      status: problem.status,
      detail: problem.detail(locale),
      instance: request.originalUrl,
    };
    if (problem.errors) body.errors = problem.errors.map((e) => renderFieldError(e, locale));
    // Extension members never replace the standard ones.
    for (const [key, value] of Object.entries(problem.extensions ?? {})) if (!(key in body)) body[key] = value;
    response.vary('Accept-Language').setHeader('Content-Language', locale);
    if (problem.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(problem.retryAfterSeconds));
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(body));
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof Problem) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status >= 500) return new Problem('internal');
      // Nest turns body-parser's SyntaxError (malformed JSON) into a plain 400 that keeps only its message.
      if (status === 400 && /JSON/.test(exception.message)) return new Problem('invalid_json');
      return new Problem(CODE_BY_STATUS[status] ?? 'bad_request');
    }
    // Text the database cannot store (a NUL character, invalid encoding) is the client's to fix;
    // the statement failed, so its transaction rolled back and nothing changed.
    if (isDatabaseUnreachable(exception)) return new Problem('service_unavailable').retryAfter(DATABASE_RETRY_AFTER_SECONDS);
    const code = sqlState(exception);
    if (code === '22021' || code === '22P05') return new Problem('text_not_storable');
    // body-parser errors (malformed JSON, too large) reach us as plain errors with a status.
    const err = exception as { status?: number; type?: string };
    if (typeof err?.status === 'number' && err.status >= 400 && err.status < 500) {
      if (err.type === 'entity.parse.failed') return new Problem('invalid_json');
      return new Problem(CODE_BY_STATUS[err.status] ?? 'bad_request');
    }
    return new Problem('internal');
  }
}
