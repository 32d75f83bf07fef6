import { createParamDecorator, ExecutionContext, SetMetadata, Type } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { LiveSession } from '../accounts/sessions.repository';
import type { Principal, Role } from './roles';

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

/** `session` is set when the caller came with a session cookie rather than a key. */
export type AuthenticatedRequest = Request & { principal: Principal; session?: LiveSession };

/** The caller resolved from the API key or the session cookie. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal => ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal,
);
