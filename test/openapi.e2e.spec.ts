import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '../src/common/principal';
import { sortedDocument } from '../src/openapi/openapi-document';
import { aCandidate, aMentor, anOpening } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp } from './support/test-app';

type Schema = Record<string, unknown>;
type Operation = {
  operationId: string;
  tags?: string[];
  parameters?: { name: string; in: string; description?: string }[];
  requestBody?: { content: Record<string, { schema?: Schema; examples?: Record<string, { value: unknown }> }> };
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  security?: Record<string, string[]>[];
  'x-kobling-roles'?: string[];
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, Schema> };
};

const METHODS = ['get', 'post', 'patch', 'put', 'delete'];
const operations = (doc: Document): [string, string, Operation][] =>
  Object.entries(doc.paths).flatMap(([path, ops]) => METHODS.filter((m) => ops[m]).map((m): [string, string, Operation] => [m, path, ops[m]]));

/** Every schema that carries no type: empty objects, untyped values, arrays of anything. */
function untypedSchemas(schema: unknown, where: string, found: string[] = []): string[] {
  if (!schema || typeof schema !== 'object') return found;
  const s = schema as Schema;
  const composed = ['allOf', 'oneOf', 'anyOf'].filter((k) => Array.isArray(s[k]));
  if (!['type', '$ref', 'enum', ...composed].some((k) => k in s)) found.push(`${where}: no type`);
  const extra = s.additionalProperties;
  const properties = s.properties as Record<string, unknown> | undefined;
  if (s.type === 'object' && composed.length === 0 && !(properties && Object.keys(properties).length) && !(extra && typeof extra === 'object' && Object.keys(extra).length)) {
    found.push(`${where}: empty object`);
  }
  if (extra === true || (extra && typeof extra === 'object' && !Object.keys(extra).length)) found.push(`${where}: additionalProperties of any type`);
  if (s.type === 'array' && !s.items) found.push(`${where}: array without items`);
  for (const [name, p] of Object.entries(properties ?? {})) untypedSchemas(p, `${where}.${name}`, found);
  if (s.items) untypedSchemas(s.items, `${where}[]`, found);
  if (extra && typeof extra === 'object') untypedSchemas(extra, `${where}{}`, found);
  for (const k of composed) (s[k] as unknown[]).forEach((part, i) => untypedSchemas(part, `${where}.${k}[${i}]`, found));
  return found;
}

describe('OpenAPI document (/docs-json)', () => {
  let t: TestApp;
  let doc: Document;

  beforeAll(async () => {
    // No DNS on the test machines: the webhook example's host cannot resolve, so its target check
    // (covered by webhook-targets.e2e) is off here, and the example is judged on its shape.
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    doc = (await t.api().get('/docs-json')).body;
  });
  afterAll(() => t.close());

  it('is the committed openapi.json, which npm run api:generate builds from nest build output', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '..', 'openapi.json'), 'utf8'));
    expect(sortedDocument(doc as never)).toEqual(committed);
  });

  it('has no empty or untyped schema, in components or inline in any operation', () => {
    const found: string[] = [];
    for (const [name, schema] of Object.entries(doc.components.schemas)) untypedSchemas(schema, `#/components/schemas/${name}`, found);
    for (const [method, path, op] of operations(doc)) {
      const at = `${method} ${path}`;
      for (const p of (op.parameters ?? []) as { name: string; schema?: Schema }[]) untypedSchemas(p.schema ?? {}, `${at} parameter ${p.name}`, found);
      for (const [type, body] of Object.entries(op.requestBody?.content ?? {})) untypedSchemas(body.schema ?? {}, `${at} body ${type}`, found);
      for (const [status, response] of Object.entries(op.responses)) {
        if (status !== '204' && !response.content) found.push(`${at} ${status}: no content`);
        for (const [type, body] of Object.entries(response.content ?? {})) untypedSchemas(body.schema ?? {}, `${at} ${status} ${type}`, found);
      }
    }
    expect(found).toEqual([]);
  });

  it('finds an empty schema when there is one', () => {
    expect(untypedSchemas({ type: 'object', properties: { a: { type: 'array' }, b: {}, c: { type: 'object', additionalProperties: true } } }, 'x')).toEqual([
      'x.a: array without items',
      'x.b: no type',
      'x.c: empty object',
      'x.c: additionalProperties of any type',
    ]);
  });

  it('documents every 4xx as ProblemDetails, with 401 on every route but /health and 404 on every route with an id', () => {
    const wrong: string[] = [];
    for (const [method, path, op] of operations(doc)) {
      const at = `${method} ${path}`;
      for (const [status, response] of Object.entries(op.responses)) {
        if (!status.startsWith('4')) continue;
        const schema = response.content?.['application/problem+json']?.schema as Schema | undefined;
        const ref = schema?.$ref ?? (schema?.allOf as Schema[] | undefined)?.[0]?.$ref;
        if (ref !== '#/components/schemas/ProblemDetails') wrong.push(`${at} ${status}`);
      }
      if (!path.startsWith('/health') && op.tags?.[0] !== 'public' && !op.responses['401']) wrong.push(`${at}: no 401`);
      if (path.includes('{') && !op.responses['404']) wrong.push(`${at}: no 404`);
      if ((op.requestBody || op.parameters?.some((p) => p.in === 'query')) && !op.responses['400']) wrong.push(`${at}: no 400`);
      if (op['x-kobling-roles'] && op['x-kobling-roles'].length < 4 && !op.responses['403']) wrong.push(`${at}: no 403`);
    }
    expect(wrong).toEqual([]);
    expect(doc.components.schemas.ProblemDetails).toMatchObject({
      required: expect.arrayContaining(['type', 'code', 'title', 'status', 'instance']),
      properties: { errors: { type: 'array', items: { $ref: '#/components/schemas/ProblemFieldError' } } },
    });
    expect(doc.components.schemas.ProblemFieldError).toMatchObject({ required: ['field', 'code', 'message'] });
  });

  it('describes the bearer scheme as an API key and the session cookie, lists no header twice, and tags every operation with one role', () => {
    expect(doc.components.securitySchemes).toEqual({
      bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'API key', description: expect.stringContaining('Not a JWT') },
      session: { type: 'apiKey', in: 'cookie', name: 'kobling_session', description: expect.stringContaining('X-CSRF-Token') },
    });
    const tags = ['coordinator', 'employer', 'career centre', 'admin', 'health', 'public'];
    const wrong: string[] = [];
    for (const [method, path, op] of operations(doc)) {
      const at = `${method} ${path}`;
      const headers = (op.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name.toLowerCase());
      if (new Set(headers).size !== headers.length) wrong.push(`${at}: a header twice (${headers.join(', ')})`);
      for (const h of (op.parameters ?? []).filter((p) => p.in === 'header' && !p.description)) wrong.push(`${at}: header ${h.name} undocumented`);
      if (op.tags?.length !== 1 || !tags.includes(op.tags[0])) wrong.push(`${at}: tags ${JSON.stringify(op.tags)}`);
      const secured = JSON.stringify(op.security) === JSON.stringify([{ bearer: [] }, { session: [] }]);
      const open = path.startsWith('/health') || op.tags?.[0] === 'public';
      if (open ? op.security?.length !== 0 : !secured) wrong.push(`${at}: security ${JSON.stringify(op.security)}`);
    }
    expect(wrong).toEqual([]);
    const tagOf = (method: string, path: string) => doc.paths[path][method].tags?.[0];
    expect(tagOf('post', '/api/v1/candidates')).toBe('coordinator');
    expect(tagOf('get', '/api/v1/openings/{id}/shortlist')).toBe('employer');
    expect(tagOf('post', '/api/v1/candidates/import')).toBe('career centre');
    expect(tagOf('post', '/api/v1/api-keys')).toBe('admin');
    for (const path of ['/health', '/health/ready', '/health/live']) expect(tagOf('get', path)).toBe('health');
    for (const path of ['/api/v1/auth/login', '/api/v1/auth/providers', '/api/v1/auth/password', '/api/v1/auth/password-reset']) {
      expect(tagOf(path === '/api/v1/auth/providers' ? 'get' : 'post', path)).toBe('public');
    }
    expect(doc.paths['/api/v1/mentors'].post['x-kobling-roles']).toEqual(['admin', 'coordinator']);
  });

  it('accepts the documented example of every request body (no 400, no 500)', async () => {
    const employerOrg = await t.organisation('employer', '1516');
    const centreOrg = await t.organisation('career_centre', '4601');
    const keys: Record<Role, string> = {
      admin: ADMIN_KEY,
      coordinator: await t.key('coordinator'),
      employer: await t.key('employer', employerOrg),
      career_centre: await t.key('career_centre', centreOrg),
    };
    const created = async (role: Role, url: string, body: object): Promise<string> => {
      const res = await t.api(keys[role]).post(url).send(body);
      if (res.status !== 201) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id;
    };
    // Records for the path ids, made by the role that then uses them; a path no record is made for gets an unknown id (404).
    const centreCandidate = await created('career_centre', '/api/v1/candidates', aCandidate());
    const skills = await t.api(keys.coordinator).get('/api/v1/taxonomy/skills?q=sveis');
    const ids: Record<string, Record<string, string>> = {
      '/api/v1/candidates/{id}': { id: await created('coordinator', '/api/v1/candidates', aCandidate()) },
      '/api/v1/candidates/{candidateId}/competence-mappings/{mappingId}': {
        candidateId: centreCandidate,
        mappingId: await created('career_centre', `/api/v1/candidates/${centreCandidate}/competence-mappings`, { skills: [{ label: 'sveising', evidence: 'mapped' }] }),
      },
      '/api/v1/candidates/{candidateId}/competence-mappings': { candidateId: centreCandidate },
      '/api/v1/mentors/{id}': { id: await created('coordinator', '/api/v1/mentors', aMentor()) },
      '/api/v1/openings/{id}': { id: await created('employer', '/api/v1/openings', anOpening()) },
      '/api/v1/taxonomy/skills/{id}/synonyms': { id: skills.body[0].id },
      '/api/v1/weight-profiles/{id}/preview': { id: await created('admin', '/api/v1/weight-profiles', { matchType: 'mentor', weights: { profession: 1 } }) },
    };
    ids['/api/v1/weight-profiles/{id}/evaluate'] = ids['/api/v1/weight-profiles/{id}/preview'];
    // A cohort's candidates must exist (400 otherwise): the examples' candidate ids stand for real ones.
    const exampleIds: Record<string, string> = {
      '3f1b6c8e-2d4a-4e7b-9c1d-5a6b7c8d9e0f': ids['/api/v1/candidates/{id}'].id,
      '4a2c6e8f-1b3d-4f5a-8c7e-9d0b2f4a6c8e': await created('coordinator', '/api/v1/candidates', aCandidate()),
      // The kommune a key or a share names.
      '5b3d7f9a-2c4e-4a6b-8d0f-1e3a5c7e9b2d': await t.organisation('municipality'),
    };

    const sent: string[] = [];
    const refused: string[] = [];
    for (const [method, path, op] of operations(doc)) {
      for (const [type, body] of Object.entries(op.requestBody?.content ?? {})) {
        const examples = Object.values(body.examples ?? {});
        if (examples.length === 0) refused.push(`${method} ${path}: no example`);
        const roles = (op['x-kobling-roles'] ?? ['admin']) as Role[];
        const role = roles.find((r) => r !== 'admin') ?? 'admin';
        const url = path.replace(/\{(\w+)\}/g, (_, name: string) => ids[path]?.[name] ?? randomUUID());
        for (const { value } of examples) {
          const req = t.api(keys[role])[method as 'post' | 'patch'](url).set('Content-Type', type);
          const res = await req.send(typeof value === 'string' ? value : JSON.stringify(value).replace(/[0-9a-f-]{36}/g, (id) => exampleIds[id] ?? id));
          sent.push(`${method} ${path}`);
          if (res.status === 400 || res.status >= 500) refused.push(`${method} ${path} as ${role}: ${res.status} ${JSON.stringify(res.body)}`);
          if (path === '/api/v1/webhooks' && res.status === 201) await t.api(ADMIN_KEY).delete(`/api/v1/webhooks/${res.body.id}`);
        }
      }
    }
    expect(refused).toEqual([]);
    expect(sent).toEqual(expect.arrayContaining(['post /api/v1/candidates', 'patch /api/v1/candidates/{id}', 'post /api/v1/candidates/import', 'post /api/v1/hurtigspor/needs']));
    expect(sent.length).toBeGreaterThanOrEqual(23);
  });
});
