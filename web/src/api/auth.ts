import { apiError, consoleHeaders, setCsrfToken } from './client';

// The accounts routes (/api/v1/auth/*). Typed by hand from their contract until they are in
// openapi.json; then these move to the generated client.

export type Role = 'coordinator' | 'employer' | 'career_centre' | 'admin';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: string;
  organisation: { id: string; name: string; kind: string } | null;
}

interface SessionAnswer {
  user: SessionUser;
  csrfToken: string;
}

export interface Providers {
  password: boolean;
  oidc: boolean;
}

async function send(method: string, path: string, body?: unknown): Promise<Response> {
  const headers = consoleHeaders(method, new Headers({ Accept: 'application/json' }));
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  return fetch(`/api/v1/auth/${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function fail(response: Response): Promise<never> {
  const body: unknown = await response.json().catch(() => undefined);
  throw apiError(response, body);
}

/** The signed-in user, or null when there is no session. */
export async function me(): Promise<SessionUser | null> {
  const response = await send('GET', 'me');
  if (response.status === 401) {
    setCsrfToken(null);
    return null;
  }
  if (!response.ok) return fail(response);
  const answer = (await response.json()) as SessionAnswer;
  setCsrfToken(answer.csrfToken);
  return answer.user;
}

export async function login(email: string, password: string): Promise<SessionUser> {
  const response = await send('POST', 'login', { email, password });
  if (!response.ok) return fail(response);
  const answer = (await response.json()) as SessionAnswer;
  setCsrfToken(answer.csrfToken);
  return answer.user;
}

export async function logout(): Promise<void> {
  const response = await send('POST', 'logout');
  setCsrfToken(null);
  // Already logged out (401) is as good as logged out.
  if (!response.ok && response.status !== 401) await fail(response);
}

export async function providers(): Promise<Providers> {
  const response = await send('GET', 'providers');
  if (!response.ok) return { password: true, oidc: false };
  return (await response.json()) as Providers;
}

export async function requestPasswordReset(email: string): Promise<void> {
  const response = await send('POST', 'password-reset', { email });
  if (!response.ok) await fail(response);
}

export async function setPassword(token: string, password: string): Promise<void> {
  const response = await send('POST', 'password', { token, password });
  if (!response.ok) await fail(response);
}

export const OIDC_LOGIN_URL = '/api/v1/auth/oidc/login';
