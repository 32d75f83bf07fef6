import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata, Type } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiProblem } from './openapi';
import type { Principal, Role } from './principal';

export const PUBLIC_ROUTE = 'kobling:public';
export const ALLOWED_ROLES = 'kobling:roles';

/** No key or session needed (health, docs, logging in). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The roles allowed on a route or controller. A route without it is admin-only. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** Who may call a route, as the guard reads it; the OpenAPI document describes the same. */
export function routeAccess(
  reflector: Reflector,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- what Nest hands a guard
  handler: Function,
  controller: Type<unknown>,
): { public: true } | { public: false; roles: Role[] } {
  const targets = [handler, controller];
  if (reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return { public: true };
  return { public: false, roles: reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets) ?? ['admin'] };
}

/** The request once the guard has resolved its caller. */
export type AuthenticatedRequest = Request & { principal: Principal };

/** The caller resolved from the API key or the session cookie. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal => ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal,
);

export const EXPENSIVE_ROUTE = 'kobling:expensive';

/**
 * A route whose every call ranks (and records a ranking with its audit rows): limited per user or
 * key by RATE_LIMIT_RANKINGS_PER_MINUTE (see RankingRateLimit).
 */
export const Expensive = () =>
  applyDecorators(SetMetadata(EXPENSIVE_ROUTE, true), ApiProblem(429, 'Too many rankings by this user or key in the last minute: wait `Retry-After` seconds.'));
