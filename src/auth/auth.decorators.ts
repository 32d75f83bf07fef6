import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { Principal, Role } from './roles';

export const PUBLIC_ROUTE = 'kobling:public';
export const ALLOWED_ROLES = 'kobling:roles';

/** No API key needed (health and docs only). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The roles allowed on a route or controller. A route without it is admin-only. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export type AuthenticatedRequest = Request & { principal: Principal };

/** The caller resolved from the API key. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal => ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal,
);
