import type { Server } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp, RunningApp } from '../../src/app.factory';
import type { Role } from '../../src/common/principal';
import { loadConfig } from '../../src/config/app-config';

export const ADMIN_KEY = 'test-admin-key-0123456789abcdef';

/** A unique suffix, so tests sharing one database never see each other's records. */
export const unique = (): string => Math.random().toString(36).slice(2, 10);

export interface TestApp {
  running: RunningApp;
  http: Server;
  db: DataSource;
  /** supertest with a key, e.g. `api(key).get('/api/v1/candidates')`. */
  api(key?: string): ApiClient;
  organisation(kind: 'employer' | 'career_centre' | 'municipality', municipalityCode?: string): Promise<string>;
  key(role: Role, organisationId?: string): Promise<string>;
  /** PATCH as a client that read the record first: it sends the version it saw as If-Match. */
  edit(key: string, url: string, body: Record<string, unknown>): Promise<request.Response>;
  close(): Promise<void>;
}

type Verb = 'get' | 'post' | 'patch' | 'delete';
export type ApiClient = Record<Verb, (url: string) => request.Test>;

/**
 * The whole service on the suite's database (see global-setup), without demo data. Without the
 * webhook worker unless `WEBHOOK_DISPATCHER: 'true'`: suites run side by side on one database,
 * and one suite's worker would otherwise deliver another's webhooks under its own settings.
 */
export async function startTestApp(env: Record<string, string | undefined> = {}): Promise<TestApp> {
  const config = loadConfig({ ...process.env, DEMO_DATA: 'false', ADMIN_API_KEY: ADMIN_KEY, WEBHOOK_DISPATCHER: 'false', ...env });
  const running = await createApp(config, { logger: false });
  await running.app.init();
  const http = running.app.getHttpServer() as Server;
  const api = (key?: string): ApiClient => {
    const withKey = (t: request.Test) => (key ? t.set('Authorization', `Bearer ${key}`) : t);
    return {
      get: (url) => withKey(request(http).get(url)),
      post: (url) => withKey(request(http).post(url)),
      patch: (url) => withKey(request(http).patch(url)),
      delete: (url) => withKey(request(http).delete(url)),
    };
  };
  return {
    running,
    http,
    db: running.app.get(DataSource),
    api,
    async organisation(kind, municipalityCode = '0301') {
      const res = await api(ADMIN_KEY).post('/api/v1/organisations').send({ kind, name: `Test ${kind} ${unique()}`, municipalityCode });
      if (res.status !== 201) throw new Error(`organisation: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id;
    },
    async key(role, organisationId) {
      const res = await api(ADMIN_KEY).post('/api/v1/api-keys').send({ role, organisationId, label: `test ${role}` });
      if (res.status !== 201) throw new Error(`api key: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.key;
    },
    async edit(key, url, body) {
      const current = await api(key).get(url);
      if (current.status !== 200) throw new Error(`edit: GET ${url} ${current.status} ${JSON.stringify(current.body)}`);
      return api(key).patch(url).set('If-Match', `"${current.body.version}"`).send(body);
    },
    close: () => running.close(),
  };
}
