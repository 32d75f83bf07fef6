import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { sqlState } from './database-errors';
import { Problem, PROBLEM_TYPES, ProblemKind, problemTypeUri } from './problems';

const KIND_BY_STATUS: Record<number, ProblemKind> = {
  400: 'badRequest',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
  413: 'payloadTooLarge',
  415: 'unsupportedMediaType',
};

/** Writes every error as application/problem+json; never a stack trace. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    if (problem.status >= 500) {
      this.logger.error(`${request.method} ${request.originalUrl}`, exception instanceof Error ? exception.stack : exception);
    }
    const body: Record<string, unknown> = {
      type: problemTypeUri(problem.kind),
      title: PROBLEM_TYPES[problem.kind].title,
      status: problem.status,
      detail: problem.status >= 500 ? 'An unexpected error occurred.' : problem.detail,
      instance: request.originalUrl,
    };
    if (problem.errors) body.errors = problem.errors;
    // Extension members never replace the standard ones.
    for (const [key, value] of Object.entries(problem.extensions ?? {})) if (!(key in body)) body[key] = value;
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(body));
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof Problem) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const kind = KIND_BY_STATUS[status];
      const response = exception.getResponse();
      const message =
        typeof response === 'object' && response && 'message' in response ? (response as { message: unknown }).message : response;
      const detail = Array.isArray(message) ? message.join('; ') : String(message);
      if (kind) return new Problem(kind, detail);
      if (status < 500) return new Problem('badRequest', detail);
      return new Problem('internal');
    }
    // Text the database cannot store (a NUL character, invalid encoding) is the client's to fix;
    // the statement failed, so its transaction rolled back and nothing changed.
    const code = sqlState(exception);
    if (code === '22021' || code === '22P05') {
      return new Problem('badRequest', 'The request holds text with a character that cannot be stored (such as a NUL character, \\u0000).');
    }
    // body-parser errors (malformed JSON, too large) reach us as plain errors with a status.
    const err = exception as { status?: number; type?: string; message?: string };
    if (typeof err?.status === 'number' && err.status >= 400 && err.status < 500) {
      const kind = KIND_BY_STATUS[err.status] ?? 'badRequest';
      const detail = err.type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : err.message;
      return new Problem(kind, detail);
    }
    return new Problem('internal');
  }
}

