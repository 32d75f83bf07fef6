import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'kobling_session';
export const CSRF_HEADER = 'x-csrf-token';

/** One cookie of the request's Cookie header (no cookie-parser: this is the only cookie we read). */
export function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export interface CookieSettings {
  /** Secure when the service is published over https (PUBLIC_URL). */
  secure: boolean;
  maxAgeMs: number;
}

/** HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site writes), Path=/. */
export function setSessionCookie(response: Response, token: string, { secure, maxAgeMs }: CookieSettings): void {
  response.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: maxAgeMs });
}

export function clearSessionCookie(response: Response, secure: boolean): void {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/', secure });
}
