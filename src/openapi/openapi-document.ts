import type { INestApplication, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { OperationObject, ParameterObject, ReferenceObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { routeAccess } from '../common/auth.decorators';
import { Role, ROLES } from '../common/principal';
import { JSON_VALUE_COMPONENT, PageMeta, ProblemDetails, problemResponse } from '../common/openapi';

/** Operations are grouped by who they are for; `ROLE_TAGS[role]` is the tag of that role's routes. */
export const ROLE_TAGS: Record<Role, string> = {
  coordinator: 'coordinator',
  employer: 'employer',
  career_centre: 'career centre',
  admin: 'admin',
};

const TAGS: [string, string][] = [
  [ROLE_TAGS.coordinator, 'Kommuner and frivilligsentraler: candidates, mentors, mentor matches, mentorships, cohorts.'],
  [ROLE_TAGS.employer, 'Employers: openings (jobs and praksisplasser), anonymised shortlists, hurtigspor needs and cases.'],
  [ROLE_TAGS.career_centre, 'Karrieresentre: competence mappings, bulk import, hurtigspor referrals and metrics.'],
  [ROLE_TAGS.admin, 'The operator: organisations, API keys, weight profiles, webhooks, audit.'],
  ['health', 'Liveness; no key needed.'],
  ['public', 'Needs no key or session: logging in, password links, the login options.'],
];

const DESCRIPTION = `Explainable matching of candidates with mentors, praksisplasser and jobs, and the hurtigspor.

**Authentication.** Every operation but \`/health\` and the \`public\` ones needs a caller: an integration sends \`Authorization: Bearer <api key>\`, an opaque API key issued by an admin (\`POST /api/v1/api-keys\`), not a JWT; a person logs in (\`POST /api/v1/auth/login\`) and the browser sends the session cookie \`kobling_session\`, with the session's \`csrfToken\` as the \`X-CSRF-Token\` header on every POST, PUT, PATCH and DELETE (403 \`csrf_token_invalid\` without it). Each key and user has one role, and all but admins one organisation, which scopes what they see. \`x-kobling-roles\` on an operation lists the roles allowed on it; any other role gets 403. See docs/accounts.md.

**Groups.** Operations are tagged by who they are for: \`coordinator\`, \`employer\`, \`career centre\` or \`admin\` (and \`health\`). A route several roles use is tagged with the first role it names after admin, since routes name the role they are for first; a route only admins use is \`admin\`.

**Errors** are \`application/problem+json\` (RFC 9457, \`ProblemDetails\`) with a stable \`type\` and \`code\`; a 400 lists the failing fields in \`errors\`.`;

interface RouteAccess {
  public: boolean;
  roles: Role[];
}

/** The OpenAPI document of the service: what /docs-json serves and `npm run api:generate` writes. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Kobling API')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'API key', description: 'An API key issued by an admin, sent as `Authorization: Bearer <key>`. Not a JWT.' },
      'bearer',
    )
    .addCookieAuth(
      'kobling_session',
      { type: 'apiKey', in: 'cookie', name: 'kobling_session', description: 'The session of a logged-in user (POST /api/v1/auth/login). Writes also need the `X-CSRF-Token` header.' },
      'session',
    );
  for (const [name, description] of TAGS) builder.addTag(name, description);
  const document = SwaggerModule.createDocument(app, builder.build(), { extraModels: [ProblemDetails, PageMeta] });
  document.components!.schemas!.JsonValue = { ...JSON_VALUE_COMPONENT, anyOf: [...JSON_VALUE_COMPONENT.anyOf] };
  const access = routesByOperationId(app);
  for (const operations of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = operations[method];
      if (!operation) continue;
      const route = access.get(operation.operationId ?? '');
      if (!route) throw new Error(`OpenAPI: no route found for operation ${operation.operationId}`);
      describeAccess(operation, route);
    }
  }
  sortEnums(document.components);
  sortEnums(document.paths);
  return document;
}

/**
 * The swagger plugin lists a union type's members in the type checker's order, which varies with
 * what was compiled first (nest build and ts-jest differ); in alphabetical order the document is
 * the same however it was built.
 */
function sortEnums(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(sortEnums);
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    // A copy: the array may be the very constant the validators use (e.g. CASE_STATES).
    if (key === 'enum' && Array.isArray(value) && value.every((v) => typeof v === 'string')) record[key] = [...value].sort();
    else sortEnums(value);
  }
}

function describeAccess(operation: OperationObject, route: RouteAccess): void {
  const parameters = withoutRepeatedHeaders((operation.parameters ?? []) as ParameterObject[]);
  operation.parameters = parameters;
  operation.security = route.public ? [] : [{ bearer: [] }, { session: [] }];
  operation.tags = [route.public ? (operation.operationId?.startsWith('Health') ? 'health' : 'public') : tagOf(route.roles)];
  if (!route.public) (operation as OperationObject & { 'x-kobling-roles': Role[] })['x-kobling-roles'] = route.roles;

  const problems: number[] = [];
  if (operation.requestBody || parameters.some((p) => p.in === 'query')) problems.push(400);
  if (!route.public) problems.push(401);
  if (!route.public && ROLES.some((role) => !route.roles.includes(role))) problems.push(403);
  if (parameters.some((p) => p.in === 'path')) problems.push(404);
  for (const status of problems) operation.responses[status] ??= problemResponse(status);
  // Sorted by status, as a reader scans them.
  operation.responses = Object.fromEntries(Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The first role a route names after admin is who it is for; admin when only admins may call it.
 */
function tagOf(roles: Role[]): string {
  return ROLE_TAGS[roles.find((r) => r !== 'admin') ?? 'admin'];
}

/**
 * Nest lists a header read with @Headers() beside its @ApiHeader description, spelled in another
 * case; keep the documented one. Content-Type, Accept and Authorization are not parameters in
 * OpenAPI (the body's media type and the security scheme say them).
 */
function withoutRepeatedHeaders(parameters: (ParameterObject | ReferenceObject)[]): ParameterObject[] {
  const params = parameters as ParameterObject[];
  const notParameters = new Set(['content-type', 'accept', 'authorization']);
  return params.filter((p, i) => {
    if (p.in !== 'header') return true;
    const name = p.name.toLowerCase();
    if (notParameters.has(name)) return false;
    const same = params.filter((q) => q.in === 'header' && q.name.toLowerCase() === name);
    const keep = same.find((q) => q.description) ?? same[0];
    return keep === params[i];
  });
}

/** Every route's access by the operationId Nest gives it (`Controller_method`). */
function routesByOperationId(app: INestApplication): Map<string, RouteAccess> {
  const reflector = new Reflector();
  const routes = new Map<string, RouteAccess>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown>;
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[key];
        if (typeof handler !== 'function' || !Reflect.hasMetadata(PATH_METADATA, handler) || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        const access = routeAccess(reflector, handler, controller);
        routes.set(`${controller.name}_${key}`, access.public ? { public: true, roles: [] } : { public: false, roles: access.roles });
      }
    }
  }
  return routes;
}

/** The document with paths, schemas and tags in a stable order, as `npm run api:generate` commits it. */
export function sortedDocument(document: OpenAPIObject): OpenAPIObject {
  const byKey = <T>(record: Record<string, T> = {}): Record<string, T> =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    ...document,
    paths: byKey(document.paths),
    components: { ...document.components, schemas: byKey(document.components?.schemas) },
  };
}
