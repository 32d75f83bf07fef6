import createClient, { type Middleware } from 'openapi-fetch';
import { currentLanguage } from '../i18n';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** The session's CSRF token, from login or `GET /auth/me`: sent on every write. */
let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Headers every request from the console carries: the language, and the CSRF token on writes. */
export function consoleHeaders(method: string, headers: Headers): Headers {
  headers.set('Accept-Language', currentLanguage());
  if (!SAFE_METHODS.has(method.toUpperCase()) && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  return headers;
}

const consoleMiddleware: Middleware = {
  onRequest({ request }) {
    consoleHeaders(request.method, request.headers);
    return request;
  },
};

/** The typed API client: the session cookie goes along (same origin), never a key. */
export const api = createClient<paths>({ baseUrl: '/', credentials: 'same-origin' });
api.use(consoleMiddleware);

/** A problem+json answer (RFC 9457) as the API sends it. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
}

/** Thrown by the console's queries for a non-2xx answer, with the status and the Retry-After header. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    readonly retryAfterSeconds: number | null,
  ) {
    super(problem?.title ?? `HTTP ${status}`);
  }
}

export function apiError(response: Response, body: unknown): ApiError {
  const retry = Number(response.headers.get('Retry-After'));
  return new ApiError(response.status, (body ?? undefined) as Problem | undefined, Number.isFinite(retry) && retry > 0 ? retry : null);
}

/** Unwraps an openapi-fetch answer: the data, or an ApiError. */
export function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  throw apiError(result.response, result.error);
}
