import type { Server } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { UsersService } from '../../src/accounts/users.service';
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
  organisation(kind: 'employer' | 'career_centre' | 'municipality' | 'volunteer', municipalityCode?: string): Promise<string>;
  key(role: Role, organisationId?: string): Promise<string>;
  /** The owner (its key) shares a candidate with organisations, so their keys may work with it. */
  share(ownerKey: string, candidateId: string, ...organisationIds: string[]): Promise<void>;
  /** PATCH as a client that read the record first: it sends the version it saw as If-Match. */
  edit(key: string, url: string, body: Record<string, unknown>): Promise<request.Response>;
  /**
   * A logged-in user of the role (in a new organisation of the role's kind unless given): its
   * requests carry the session cookie, and writes the CSRF token.
   */
  user(role: Role, organisationId?: string): Promise<UserAgent>;
  close(): Promise<void>;
}

type Verb = 'get' | 'post' | 'patch' | 'delete';
export type ApiClient = Record<Verb, (url: string) => request.Test>;

export interface UserAgent extends ApiClient {
  id: string;
  email: string;
  password: string;
  organisationId: string | null;
  /** `kobling_session=…`, for a request made by hand. */
  cookie: string;
  csrfToken: string;
}

export const TEST_PASSWORD = 'test-passord-som-er-langt-nok';

const ORGANISATION_KIND_OF = { coordinator: 'municipality', employer: 'employer', career_centre: 'career_centre' } as const;

/** The session cookie a login set, as a Cookie header. */
export function sessionCookieOf(res: request.Response): string {
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = setCookie.find((c) => c.startsWith('kobling_session='));
  if (!cookie) throw new Error(`no session cookie: ${res.status} ${JSON.stringify(res.body)}`);
  return cookie.split(';')[0];
}

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
  const organisation = async (kind: 'employer' | 'career_centre' | 'municipality' | 'volunteer', municipalityCode = '0301'): Promise<string> => {
    const res = await api(ADMIN_KEY).post('/api/v1/organisations').send({ kind, name: `Test ${kind} ${unique()}`, municipalityCode });
    if (res.status !== 201) throw new Error(`organisation: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  };
  const testApp: TestApp = {
    running,
    http,
    db: running.app.get(DataSource),
    api,
    organisation,
    async key(role, organisationId) {
      // Every coordinator belongs to a kommune: without one named, a kommune of its own.
      const organisationOfKey = organisationId ?? (role === 'coordinator' ? await organisation('municipality') : undefined);
      const res = await api(ADMIN_KEY).post('/api/v1/api-keys').send({ role, organisationId: organisationOfKey, label: `test ${role}` });
      if (res.status !== 201) throw new Error(`api key: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.key;
    },
    async share(ownerKey, candidateId, ...organisationIds) {
      for (const organisationId of organisationIds) {
        const res = await api(ownerKey).post(`/api/v1/candidates/${candidateId}/shares`).send({ organisationId });
        if (res.status !== 201) throw new Error(`share: ${res.status} ${JSON.stringify(res.body)}`);
      }
    },
    async edit(key, url, body) {
      const current = await api(key).get(url);
      if (current.status !== 200) throw new Error(`edit: GET ${url} ${current.status} ${JSON.stringify(current.body)}`);
      return api(key).patch(url).set('If-Match', `"${current.body.version}"`).send(body);
    },
    async user(role, organisationId) {
      const organisation = role === 'admin' ? null : (organisationId ?? (await testApp.organisation(ORGANISATION_KIND_OF[role])));
      const email = `${role.replace('_', '-')}-${unique()}@test.kobling.no`;
      await running.app.get(UsersService).ensureActiveUser(
        { keyId: null, userId: null, role: 'admin', organisationId: null },
        { email, name: `Test ${role}`, role, organisationId: organisation },
        TEST_PASSWORD,
      );
      const login = await request(http).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
      if (login.status !== 200) throw new Error(`login: ${login.status} ${JSON.stringify(login.body)}`);
      const cookie = sessionCookieOf(login);
      const csrfToken: string = login.body.csrfToken;
      const read = (t: request.Test) => t.set('Cookie', cookie);
      const write = (t: request.Test) => t.set('Cookie', cookie).set('X-CSRF-Token', csrfToken);
      return {
        id: login.body.user.id,
        email,
        password: TEST_PASSWORD,
        organisationId: organisation,
        cookie,
        csrfToken,
        get: (url) => read(request(http).get(url)),
        post: (url) => write(request(http).post(url)),
        patch: (url) => write(request(http).patch(url)),
        delete: (url) => write(request(http).delete(url)),
      };
    },
    close: () => running.close(),
  };
  return testApp;
}
