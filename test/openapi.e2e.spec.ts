import { startTestApp, TestApp } from './support/test-app';

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
    t = await startTestApp();
    doc = (await t.api().get('/docs-json')).body;
  });
  afterAll(() => t.close());

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
      if (path !== '/health' && !op.responses['401']) wrong.push(`${at}: no 401`);
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

  it('describes the bearer scheme as an API key, lists no header twice, and tags every operation with one role', () => {
    expect(doc.components.securitySchemes).toEqual({
      bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'API key', description: expect.stringContaining('Not a JWT') },
    });
    const tags = ['coordinator', 'employer', 'career centre', 'admin', 'health', 'public'];
    const wrong: string[] = [];
    for (const [method, path, op] of operations(doc)) {
      const at = `${method} ${path}`;
      const headers = (op.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name.toLowerCase());
      if (new Set(headers).size !== headers.length) wrong.push(`${at}: a header twice (${headers.join(', ')})`);
      for (const h of (op.parameters ?? []).filter((p) => p.in === 'header' && !p.description)) wrong.push(`${at}: header ${h.name} undocumented`);
      if (op.tags?.length !== 1 || !tags.includes(op.tags[0])) wrong.push(`${at}: tags ${JSON.stringify(op.tags)}`);
      const secured = JSON.stringify(op.security) === JSON.stringify([{ bearer: [] }]);
      if (path === '/health' ? op.security?.length !== 0 : !secured) wrong.push(`${at}: security ${JSON.stringify(op.security)}`);
    }
    expect(wrong).toEqual([]);
    const tagOf = (method: string, path: string) => doc.paths[path][method].tags?.[0];
    expect(tagOf('post', '/api/v1/candidates')).toBe('coordinator');
    expect(tagOf('get', '/api/v1/openings/{id}/shortlist')).toBe('employer');
    expect(tagOf('post', '/api/v1/candidates/import')).toBe('career centre');
    expect(tagOf('post', '/api/v1/api-keys')).toBe('admin');
    expect(tagOf('get', '/health')).toBe('health');
    expect(doc.paths['/api/v1/mentors'].post['x-kobling-roles']).toEqual(['admin', 'coordinator']);
  });
});
