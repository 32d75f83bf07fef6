import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddingQueue } from '../src/embeddings/embedding-queue';
import { SecretBox } from '../src/secrets/secret-box';
import { aCandidate, anOpening } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp } from './support/test-app';

/** Anyone who can read the database must not be able to sign deliveries or re-identify refs. */
describe('secrets at rest', () => {
  /** The raw column reveals nothing of the secret: not it, not its hex part, not a plain prefix. */
  const expectSealed = (raw: string, secret: string) => {
    expect(raw).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(raw).not.toContain(secret);
    expect(raw).not.toContain(secret.replace(/^whsec_/, '').slice(0, 16));
    expect(raw).not.toContain('whsec_');
  };

  describe('on the suite database', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    });
    afterAll(() => t.close());

    it('stores a webhook secret encrypted, and encrypts one left in plain text at the next start', async () => {
      const created = await t.api(ADMIN_KEY).post('/api/v1/webhooks').send({ url: 'http://127.0.0.1:9/hooks' });
      expect(created.status).toBe(201);
      const rawOf = async (): Promise<string> => (await t.db.query(`SELECT secret FROM webhooks WHERE id = $1`, [created.body.id]))[0].secret;
      expectSealed(await rawOf(), created.body.secret);
      await t.api(ADMIN_KEY).delete(`/api/v1/webhooks/${created.body.id}`);

      // As a webhook registered before encryption at rest has it.
      const legacy = `whsec_${randomBytes(32).toString('hex')}`;
      await t.db.query(`UPDATE webhooks SET secret = $2 WHERE id = $1`, [created.body.id, legacy]);
      // The embedded suite database serves one connection: one app at a time.
      await t.close();
      t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true' });
      const raw = await rawOf();
      expectSealed(raw, legacy);
      expect(t.running.app.get(SecretBox).open(raw)).toEqual({ value: legacy, current: true });
    });
  });

  describe('on an embedded database kept in a folder', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kobling-secrets-'));
    const env = { DATABASE_URL: undefined, DATABASE_POOL_SIZE: undefined, EMBEDDED_DATA_DIR: dataDir };
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    /** The refs an employer sees on the opening's shortlist. */
    const refs = async (t: TestApp, employer: string, openingId: string): Promise<string[]> => {
      const res = await t.api(employer).get(`/api/v1/openings/${openingId}/shortlist?limit=50`);
      expect(res.status).toBe(200);
      return res.body.results.map((r: { candidate: { ref: string } }) => r.candidate.ref).sort();
    };
    const rawPseudonym = async (t: TestApp): Promise<string> => (await t.db.query(`SELECT value FROM app_secrets WHERE name = 'pseudonym'`))[0].value;

    const welder = aCandidate({
      municipalityCode: '1516',
      experience: [{ title: 'Sveiser', occupationCode: '7212', years: 8, description: 'Sveiset skipsskrog' }],
      skills: [{ label: 'TIG-sveising', evidence: 'verified' }],
      desiredOccupations: ['7212'],
    });

    it('keeps the pseudonym key encrypted under a key generated once (0600), refs stable across restarts and a key rotation', async () => {
      let t = await startTestApp(env);
      let employer: string, openingId: string, before: string[], firstRaw: string;
      try {
        const organisation = await t.organisation('employer', '1516');
        employer = await t.key('employer', organisation);
        const coordinator = await t.key('coordinator');
        openingId = (await t.api(employer).post('/api/v1/openings').send(anOpening({ occupationCode: '7212' }))).body.id;
        for (let i = 0; i < 2; i++) expect((await t.api(coordinator).post('/api/v1/candidates').send(welder)).status).toBe(201);
        await t.running.app.get(EmbeddingQueue).whenIdle();
        before = await refs(t, employer, openingId);
        expect(before).toHaveLength(2);
        firstRaw = await rawPseudonym(t);
        expect(firstRaw).toMatch(/^v1:/);
        // The migration's value is 64 hex digits; none of them shows.
        expect(firstRaw).not.toMatch(/[0-9a-f]{16}/);
      } finally {
        await t.close();
      }
      const keyFile = join(dataDir, 'secret.key');
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);

      t = await startTestApp(env);
      try {
        expect(await refs(t, employer, openingId)).toEqual(before);
        expect(await rawPseudonym(t)).toBe(firstRaw);
      } finally {
        await t.close();
      }

      // Rotation: the new key as KOBLING_SECRET_KEY, the old (here the generated file's) as KOBLING_SECRET_KEY_PREVIOUS.
      const newKey = randomBytes(32).toString('base64');
      t = await startTestApp({ ...env, KOBLING_SECRET_KEY: newKey, KOBLING_SECRET_KEY_PREVIOUS: readFileSync(keyFile, 'utf8').trim() });
      try {
        expect(await refs(t, employer, openingId)).toEqual(before);
        // Re-encrypted with the new key alone: the old one can be dropped.
        const rotated = await rawPseudonym(t);
        expect(rotated).not.toBe(firstRaw);
        expect(new SecretBox(Buffer.from(newKey, 'base64')).open(rotated).current).toBe(true);
      } finally {
        await t.close();
      }
    }, 180_000); // three starts of the embedded database, each with migrations
  });
});
