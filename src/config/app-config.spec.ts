import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';
import { PACKAGE_ROOT } from './package-root';

describe('loadConfig', () => {
  const base = {};

  it('reads the reference data shipped in the package by default, from any working directory', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'kobling-cwd-'));
    try {
      expect(loadConfig({}, elsewhere).referenceData).toEqual({
        source: 'shipped',
        dir: join(PACKAGE_ROOT, 'data/reference'),
        sourcesDir: join(PACKAGE_ROOT, 'data/sources'),
      });
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('reads raw sources from REFERENCE_DATA_DIR when it is set, relative to the working directory', () => {
    const raw = mkdtempSync(join(tmpdir(), 'kobling-raw-'));
    try {
      expect(loadConfig({ REFERENCE_DATA_DIR: raw }).referenceData).toMatchObject({ source: 'raw', dir: raw });
      expect(loadConfig({ REFERENCE_DATA_DIR: raw }).evalDir).toBe(join(raw, '../eval'));
    } finally {
      rmSync(raw, { recursive: true, force: true });
    }
  });

  it('defaults to port 3000, the embedded database under .data/, demo data on', () => {
    const config = loadConfig(base, process.cwd());
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, databasePoolSize: 1, demoData: true });
    expect(config.embeddedDataDir).toMatch(/\.data\/pglite$/);
  });

  it('stops with a message naming REFERENCE_DATA_DIR when the folder is missing', () => {
    expect(() => loadConfig({ REFERENCE_DATA_DIR: '/nonexistent/data' })).toThrow(ConfigError);
    expect(() => loadConfig({ REFERENCE_DATA_DIR: '/nonexistent/data' })).toThrow(/REFERENCE_DATA_DIR/);
  });

  it('rejects values it cannot use, naming the variable', () => {
    expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ...base, DEMO_DATA: 'maybe' })).toThrow(/DEMO_DATA/);
    expect(() => loadConfig({ ...base, DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ ...base, ADMIN_API_KEY: 'short' })).toThrow(/ADMIN_API_KEY/);
  });

  it('has no demo data by default on a real server, unless DEMO_DATA says so', () => {
    expect(loadConfig({ ...base, DATABASE_URL: 'postgres://u@db:5432/kobling' }).demoData).toBe(false);
    expect(loadConfig({ ...base, DATABASE_URL: 'postgres://u@db:5432/kobling', DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('uses a real server with a pool when DATABASE_URL is set', () => {
    const config = loadConfig({ ...base, DATABASE_URL: 'postgres://u@db:5432/kobling', DEMO_DATA: 'false', PORT: '8080' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://u@db:5432/kobling', databasePoolSize: 10, demoData: false, port: 8080 });
  });

  it('runs several processes (WEB_CONCURRENCY) only on a real server, which they share', () => {
    expect(loadConfig(base).webConcurrency).toBe(1);
    expect(loadConfig({ ...base, DATABASE_URL: 'postgres://u@db:5432/kobling', WEB_CONCURRENCY: '2' }).webConcurrency).toBe(2);
    expect(() => loadConfig({ ...base, WEB_CONCURRENCY: '2' })).toThrow(/WEB_CONCURRENCY=2 needs DATABASE_URL/);
    expect(() => loadConfig({ ...base, DATABASE_URL: 'postgres://u@db:5432/kobling', WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY/);
  });

  it('delivers webhooks with a worker: every 1 s, 10 s timeout, backoff from 5 s to 1 h, 12 attempts', () => {
    expect(loadConfig(base).webhooks).toEqual({ dispatcher: true, pollIntervalMs: 1000, timeoutMs: 10_000, backoffBaseMs: 5000, backoffCapMs: 3_600_000, maxAttempts: 12, allowPrivateTargets: false });
    const tuned = loadConfig({
      ...base,
      WEBHOOK_DISPATCHER: 'false',
      WEBHOOK_POLL_INTERVAL_MS: '50',
      WEBHOOK_TIMEOUT_MS: '500',
      WEBHOOK_BACKOFF_BASE_MS: '20',
      WEBHOOK_BACKOFF_CAP_MS: '20',
      WEBHOOK_MAX_ATTEMPTS: '3',
      WEBHOOK_ALLOW_PRIVATE: 'true',
    });
    expect(tuned.webhooks).toEqual({ dispatcher: false, pollIntervalMs: 50, timeoutMs: 500, backoffBaseMs: 20, backoffCapMs: 20, maxAttempts: 3, allowPrivateTargets: true });
  });

  it('rejects webhook settings it cannot use, naming the variable', () => {
    expect(() => loadConfig({ ...base, WEBHOOK_DISPATCHER: 'sometimes' })).toThrow(/WEBHOOK_DISPATCHER/);
    expect(() => loadConfig({ ...base, WEBHOOK_POLL_INTERVAL_MS: '0' })).toThrow(/WEBHOOK_POLL_INTERVAL_MS/);
    expect(() => loadConfig({ ...base, WEBHOOK_TIMEOUT_MS: '1.5' })).toThrow(/WEBHOOK_TIMEOUT_MS/);
    expect(() => loadConfig({ ...base, WEBHOOK_MAX_ATTEMPTS: '0' })).toThrow(/WEBHOOK_MAX_ATTEMPTS/);
    expect(() => loadConfig({ ...base, WEBHOOK_BACKOFF_BASE_MS: '60000', WEBHOOK_BACKOFF_CAP_MS: '1000' })).toThrow(/WEBHOOK_BACKOFF_CAP_MS/);
  });

  it('reads hurtigspor deadlines as step=days pairs over the defaults, and refuses unknown steps or bad numbers', () => {
    expect(loadConfig(base).hurtigspor.deadlineDays).toMatchObject({ mapped: 10, referred: 5, praksis: 65 });
    expect(loadConfig({ ...base, HURTIGSPOR_DEADLINE_DAYS: 'referred=3, praksis=40' }).hurtigspor.deadlineDays).toMatchObject({ mapped: 10, referred: 3, praksis: 40 });
    expect(() => loadConfig({ ...base, HURTIGSPOR_DEADLINE_DAYS: 'hired=3' })).toThrow(/HURTIGSPOR_DEADLINE_DAYS/);
    expect(() => loadConfig({ ...base, HURTIGSPOR_DEADLINE_DAYS: 'referred=0' })).toThrow(/HURTIGSPOR_DEADLINE_DAYS referred/);
    expect(() => loadConfig({ ...base, HURTIGSPOR_DEADLINE_DAYS: 'referred' })).toThrow(/HURTIGSPOR_DEADLINE_DAYS/);
  });

  it('takes KOBLING_SECRET_KEY as 64 hex digits or base64 of 32 bytes, and keeps a generated key beside the data otherwise', () => {
    const hex = 'ab'.repeat(32);
    expect(loadConfig({ ...base, KOBLING_SECRET_KEY: hex }).secrets.key).toEqual(Buffer.from(hex, 'hex'));
    const b64 = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ ...base, KOBLING_SECRET_KEY: b64, KOBLING_SECRET_KEY_PREVIOUS: hex }).secrets).toMatchObject({ key: Buffer.alloc(32, 7), previousKey: Buffer.from(hex, 'hex') });
    expect(() => loadConfig({ ...base, KOBLING_SECRET_KEY: 'too-short' })).toThrow(/KOBLING_SECRET_KEY/);
    expect(() => loadConfig({ ...base, KOBLING_SECRET_KEY_PREVIOUS: hex })).toThrow(/KOBLING_SECRET_KEY_PREVIOUS needs KOBLING_SECRET_KEY/);
    expect(loadConfig({ ...base, EMBEDDED_DATA_DIR: '/tmp/kobling-x' }).secrets).toMatchObject({ key: undefined, keyFile: '/tmp/kobling-x/secret.key', warnWithoutKey: false });
    expect(loadConfig({ ...base, EMBEDDED_DATA_DIR: 'memory' }).secrets.keyFile).toBeUndefined();
    expect(loadConfig({ ...base, DATABASE_URL: 'postgres://db/k' }).secrets).toMatchObject({ keyFile: expect.stringMatching(/\.data\/secret\.key$/), warnWithoutKey: true });
  });

  it('takes PUBLIC_URL as an http(s) URL', () => {
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://kobling.example.no' }).publicUrl?.protocol).toBe('https:');
    expect(loadConfig(base).publicUrl).toBeUndefined();
    expect(() => loadConfig({ ...base, PUBLIC_URL: 'kobling.example.no' })).toThrow(/PUBLIC_URL/);
  });
});
