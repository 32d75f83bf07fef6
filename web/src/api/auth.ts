import { api, apiError, ok, setCsrfToken, type Schemas } from './client';

// The accounts routes (/api/v1/auth/*), through the typed client: the session is the
// `kobling_session` cookie; the CSRF token of login and /auth/me goes on every write.

export type SessionUser = Schemas['UserView'];
export type Role = SessionUser['role'];
export type Providers = Schemas['AuthProvidersView'];

/** The signed-in user, or null when there is no session. */
export async function me(): Promise<SessionUser | null> {
  const result = await api.GET('/api/v1/auth/me');
  if (result.response.status === 401) {
    setCsrfToken(null);
    return null;
  }
  const session = ok(result);
  setCsrfToken(session.csrfToken);
  return session.user;
}

export async function login(email: string, password: string): Promise<SessionUser> {
  const session = ok(await api.POST('/api/v1/auth/login', { body: { email, password } }));
  setCsrfToken(session.csrfToken);
  return session.user;
}

export async function logout(): Promise<void> {
  const { response, error } = await api.POST('/api/v1/auth/logout');
  setCsrfToken(null);
  // Already logged out (401) is as good as logged out.
  if (!response.ok && response.status !== 401) throw apiError(response, error);
}

export async function providers(): Promise<Providers> {
  const { data } = await api.GET('/api/v1/auth/providers');
  return data ?? { password: true, oidc: false };
}

export async function requestPasswordReset(email: string): Promise<void> {
  const { response, error } = await api.POST('/api/v1/auth/password-reset', { body: { email } });
  if (!response.ok) throw apiError(response, error);
}

export async function setPassword(token: string, password: string): Promise<void> {
  const { response, error } = await api.POST('/api/v1/auth/password', { body: { token, password } });
  if (!response.ok) throw apiError(response, error);
}

export const OIDC_LOGIN_URL = '/api/v1/auth/oidc/login';
