import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEADLINE_KEYS, DEFAULT_DEADLINE_DAYS, DeadlineDays, DeadlineKey } from './deadline-days';
import { PACKAGE_ROOT } from './package-root';

/** Typed configuration, validated once at start-up. Nothing else reads process.env. */
export interface AppConfig {
  port: number;
  /** Where users reach the service (PUBLIC_URL), e.g. behind a TLS proxy; https there turns on HSTS. */
  publicUrl?: URL;
  /**
   * TRUST_PROXY, Express's `trust proxy`: which proxies in front may name the client's address in
   * X-Forwarded-For (the login lockout and the failed-key limit count per address). false (default), true, a hop count, or
   * addresses/subnets such as `loopback, 10.0.0.0/8`.
   */
  trustProxy: boolean | number | string;
  /** Real PostgreSQL server; absent means the embedded PGlite database. */
  databaseUrl?: string;
  /** Service processes on the port (WEB_CONCURRENCY): more than one only on a PostgreSQL server. */
  webConcurrency: number;
  /** Connections in the pool. The embedded database serves one session at a time. */
  databasePoolSize: number;
  /** Where the embedded database keeps its files; undefined keeps it in memory. */
  embeddedDataDir?: string;
  referenceData: ReferenceDataConfig;
  /** The labelled eval set (scripts/eval.ts): not reference data, so not shipped. */
  evalDir: string;
  demoData: boolean;
  adminApiKey?: string;
  embedding: EmbeddingConfig;
  webhooks: WebhookConfig;
  hurtigspor: { deadlineDays: DeadlineDays };
  secrets: SecretsConfig;
  rateLimits: RateLimitConfig;
  accounts: AccountsConfig;
}

/**
 * Limits per process, kept in memory (`@nestjs/throttler`'s storage): with n processes a client gets
 * up to n times the limit, which still turns thousands of guesses a second into a handful.
 */
export interface RateLimitConfig {
  /** Failed authentications (unknown keys) one client address may make in `authWindowMs`; then 429 until the window ends. 0: no limit. */
  authFailuresPerAddress: number;
  /** The same for one key prefix (the first 12 characters), from any address. 0: no limit. */
  authFailuresPerKeyPrefix: number;
  authWindowMs: number;
  /** Rankings, shortlists and cohort plans per user or key per minute (each writes a ranking and audit rows). 0: no limit. */
  rankingsPerMinute: number;
}

/** Logins, sessions, mail and single sign-on (issue 14); see docs/accounts.md. */
export interface AccountsConfig {
  /** SESSION_IDLE_MINUTES: a session unused this long ends (30). */
  sessionIdleMinutes: number;
  /** SESSION_MAX_HOURS: a session ends this long after login, however busy (12). */
  sessionMaxHours: number;
  /** SMTP_URL (smtp:// or smtps://, as nodemailer takes it). Absent: mail is stored in the database and listed at GET /api/v1/dev/mail. */
  smtpUrl?: string;
  /** MAIL_FROM: the sender of the service's mail. */
  mailFrom: string;
  /** OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together turn on "Logg inn med virksomhetskonto". */
  oidc?: { issuer: string; clientId: string; clientSecret: string };
}

/** The key that encrypts secrets at rest (webhook secrets, the pseudonym key); see src/secrets. */
export interface SecretsConfig {
  /** KOBLING_SECRET_KEY (32 bytes). Absent: the key in `keyFile`, generated there once. */
  key?: Buffer;
  /** KOBLING_SECRET_KEY_PREVIOUS, during a rotation: values under it are re-encrypted with `key` at start. */
  previousKey?: Buffer;
  /** Where the generated key is kept without KOBLING_SECRET_KEY; undefined (embedded in memory): a key per process. */
  keyFile?: string;
  /** A real server without KOBLING_SECRET_KEY: the start-up warns that production should set it. */
  warnWithoutKey: boolean;
}

export interface ReferenceDataConfig {
  /** `shipped`: the compact files in the package's data/reference/; `raw`: the public sources at REFERENCE_DATA_DIR. */
  source: 'shipped' | 'raw';
  dir: string;
  /** Small raw sources kept in the package (the 2020–2023 kommuner), read in either case. */
  sourcesDir: string;
}

/** Where `npm run data:build` looks for the raw sources when REFERENCE_DATA_DIR is not set. */
export const DEFAULT_RAW_REFERENCE_DIR = join(PACKAGE_ROOT, '../shared/data');

export interface EmbeddingConfig {
  /** `auto`: the transformer model when its folder exists, else the hashing embedder. */
  provider: 'auto' | 'hashing' | 'transformers';
  /** Folder holding models as `<MODEL_DIR>/<model id>/` (config.json, tokenizer.json, onnx/). */
  modelDir: string;
  modelId: string;
  /** Only then may the transformers library reach the network for a missing model. */
  allowDownload: boolean;
}

export interface WebhookConfig {
  /** Whether the server runs the delivery worker (one-off tasks never do). */
  dispatcher: boolean;
  /** How often the worker looks for due deliveries. */
  pollIntervalMs: number;
  /** How long one POST may take before it counts as failed. */
  timeoutMs: number;
  /** Retry n waits about base × 2^(n-1), at most cap, with jitter. */
  backoffBaseMs: number;
  backoffCapMs: number;
  /** After this many failed attempts a delivery is `failed`. */
  maxAttempts: number;
  /** WEBHOOK_ALLOW_PRIVATE: webhooks may target loopback, private and link-local addresses (receivers on this host or network). */
  allowPrivateTargets: boolean;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function parseChoice<T extends string>(name: string, raw: string | undefined, choices: readonly T[], fallback: T): T {
  if (raw === undefined || raw === '') return fallback;
  if (!choices.includes(raw as T)) throw new ConfigError(`${name} must be one of ${choices.join(', ')}, got "${raw}"`);
  return raw as T;
}

function parseInteger(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer in ${min}..${max}, got "${raw}"`);
  }
  return value;
}

/** 32 bytes as 64 hex digits or as base64 (`openssl rand -base64 32`). */
function parseSecretKey(name: string, raw: string | undefined): Buffer | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  if (/^[A-Za-z0-9+/]{43}=$/.test(text)) return Buffer.from(text, 'base64');
  throw new ConfigError(`${name} must be 32 bytes as 64 hex digits or base64 (e.g. \`openssl rand -base64 32\`)`);
}

function parsePublicUrl(raw: string | undefined): URL | undefined {
  if (!raw?.trim()) return undefined;
  const url = URL.canParse(raw.trim()) ? new URL(raw.trim()) : undefined;
  if (!url || !['http:', 'https:'].includes(url.protocol)) throw new ConfigError(`PUBLIC_URL must be an http:// or https:// URL, got "${raw}"`);
  return url;
}

/** `referred=5,praksis=65`: working days per hurtigspor step; steps left out keep their default. */
function parseDeadlineDays(raw: string | undefined): DeadlineDays {
  const days = { ...DEFAULT_DEADLINE_DAYS };
  if (raw === undefined || raw.trim() === '') return days;
  for (const pair of raw.split(',')) {
    const [key, value, ...rest] = pair.split('=').map((s) => s.trim());
    if (!DEADLINE_KEYS.includes(key as DeadlineKey) || value === undefined || rest.length > 0) {
      throw new ConfigError(`HURTIGSPOR_DEADLINE_DAYS must be step=days pairs with steps among ${DEADLINE_KEYS.join(', ')}, got "${pair}"`);
    }
    days[key as DeadlineKey] = parseInteger(`HURTIGSPOR_DEADLINE_DAYS ${key}`, value, 0, 1, 260);
  }
  return days;
}

/** The embedded database lives in one process: several processes need a PostgreSQL server to share. */
function parseWebConcurrency(raw: string | undefined, databaseUrl: string | undefined): number {
  const processes = parseInteger('WEB_CONCURRENCY', raw, 1, 1, 64);
  if (processes > 1 && !databaseUrl) {
    throw new ConfigError(`WEB_CONCURRENCY=${processes} needs DATABASE_URL: the embedded database serves one process`);
  }
  return processes;
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const rawDir = env.REFERENCE_DATA_DIR?.trim() ? resolve(cwd, env.REFERENCE_DATA_DIR.trim()) : undefined;
  const referenceData: ReferenceDataConfig = {
    source: rawDir ? 'raw' : 'shipped',
    dir: rawDir ?? join(PACKAGE_ROOT, 'data/reference'),
    sourcesDir: join(PACKAGE_ROOT, 'data/sources'),
  };
  if (!existsSync(referenceData.dir) || !statSync(referenceData.dir).isDirectory()) {
    throw new ConfigError(
      rawDir
        ? `Reference data folder not found: ${rawDir}. REFERENCE_DATA_DIR must be the folder holding the raw sources ` +
            'styrk08/, kommuner/, nav-yrker/ and esco/; leave it unset to use the files shipped in data/reference/ (see README, "Reference data").'
        : `Reference data folder not found: ${referenceData.dir}. It ships with the repository; restore it with git or \`npm run data:build\` (see README, "Reference data").`,
    );
  }
  const adminApiKey = env.ADMIN_API_KEY?.trim() || undefined;
  if (adminApiKey && adminApiKey.length < 16) {
    throw new ConfigError('ADMIN_API_KEY must be at least 16 characters');
  }
  const webhooks: WebhookConfig = {
    dispatcher: parseBoolean('WEBHOOK_DISPATCHER', env.WEBHOOK_DISPATCHER, true),
    pollIntervalMs: parseInteger('WEBHOOK_POLL_INTERVAL_MS', env.WEBHOOK_POLL_INTERVAL_MS, 1000, 10, 600_000),
    timeoutMs: parseInteger('WEBHOOK_TIMEOUT_MS', env.WEBHOOK_TIMEOUT_MS, 10_000, 100, 120_000),
    backoffBaseMs: parseInteger('WEBHOOK_BACKOFF_BASE_MS', env.WEBHOOK_BACKOFF_BASE_MS, 5000, 10, 3_600_000),
    backoffCapMs: parseInteger('WEBHOOK_BACKOFF_CAP_MS', env.WEBHOOK_BACKOFF_CAP_MS, 3_600_000, 10, 86_400_000),
    maxAttempts: parseInteger('WEBHOOK_MAX_ATTEMPTS', env.WEBHOOK_MAX_ATTEMPTS, 12, 1, 100),
    allowPrivateTargets: parseBoolean('WEBHOOK_ALLOW_PRIVATE', env.WEBHOOK_ALLOW_PRIVATE, false),
  };
  if (webhooks.backoffCapMs < webhooks.backoffBaseMs) {
    throw new ConfigError(`WEBHOOK_BACKOFF_CAP_MS (${webhooks.backoffCapMs}) must not be below WEBHOOK_BACKOFF_BASE_MS (${webhooks.backoffBaseMs})`);
  }
  const embeddedDataDir = env.EMBEDDED_DATA_DIR === 'memory' ? undefined : resolve(cwd, env.EMBEDDED_DATA_DIR || '.data/pglite');
  const secrets: SecretsConfig = {
    key: parseSecretKey('KOBLING_SECRET_KEY', env.KOBLING_SECRET_KEY),
    previousKey: parseSecretKey('KOBLING_SECRET_KEY_PREVIOUS', env.KOBLING_SECRET_KEY_PREVIOUS),
    // A real server keeps the generated key beside the working folder, not in the database it protects.
    keyFile: databaseUrl ? resolve(cwd, '.data/secret.key') : embeddedDataDir && join(embeddedDataDir, 'secret.key'),
    warnWithoutKey: databaseUrl !== undefined && !env.KOBLING_SECRET_KEY?.trim(),
  };
  if (secrets.previousKey && !secrets.key) {
    throw new ConfigError('KOBLING_SECRET_KEY_PREVIOUS needs KOBLING_SECRET_KEY: the new key to re-encrypt the secrets with');
  }
  const oidcParts = { issuer: env.OIDC_ISSUER?.trim(), clientId: env.OIDC_CLIENT_ID?.trim(), clientSecret: env.OIDC_CLIENT_SECRET?.trim() };
  const oidcGiven = Object.values(oidcParts).filter(Boolean).length;
  if (oidcGiven > 0 && oidcGiven < 3) throw new ConfigError('OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together (or none of them)');
  if (oidcParts.issuer && !URL.canParse(oidcParts.issuer)) throw new ConfigError(`OIDC_ISSUER must be a URL, got "${oidcParts.issuer}"`);
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  const accounts: AccountsConfig = {
    sessionIdleMinutes: parseInteger('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, 30, 1, 24 * 60),
    sessionMaxHours: parseInteger('SESSION_MAX_HOURS', env.SESSION_MAX_HOURS, 12, 1, 24 * 30),
    smtpUrl,
    mailFrom: env.MAIL_FROM?.trim() || 'Kobling <ikke-svar@kobling.no>',
    oidc: oidcGiven === 3 ? (oidcParts as { issuer: string; clientId: string; clientSecret: string }) : undefined,
  };
  const rawTrust = env.TRUST_PROXY?.trim() ?? '';
  const trustProxy = /^\d+$/.test(rawTrust) ? Number(rawTrust) : /^(true|false|1|0|yes|no|)$/i.test(rawTrust) ? parseBoolean('TRUST_PROXY', rawTrust, false) : rawTrust;
  return {
    port: parseInteger('PORT', env.PORT, 3000, 0, 65535),
    trustProxy,
    publicUrl: parsePublicUrl(env.PUBLIC_URL),
    databaseUrl,
    databasePoolSize: databaseUrl ? parseInteger('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, 10, 1, 200) : 1,
    webConcurrency: parseWebConcurrency(env.WEB_CONCURRENCY, databaseUrl),
    embeddedDataDir,
    referenceData,
    evalDir: resolve(rawDir ?? DEFAULT_RAW_REFERENCE_DIR, '../eval'),
    // Demo people and keys belong on a newcomer's embedded database, never by default on a real server.
    demoData: parseBoolean('DEMO_DATA', env.DEMO_DATA, !databaseUrl),
    adminApiKey,
    embedding: {
      provider: parseChoice('EMBEDDING_PROVIDER', env.EMBEDDING_PROVIDER, ['auto', 'hashing', 'transformers'] as const, 'auto'),
      modelDir: resolve(cwd, env.MODEL_DIR || '.models'),
      modelId: env.EMBEDDING_MODEL || 'Xenova/multilingual-e5-small',
      allowDownload: parseBoolean('EMBEDDING_ALLOW_DOWNLOAD', env.EMBEDDING_ALLOW_DOWNLOAD, false),
    },
    webhooks,
    hurtigspor: { deadlineDays: parseDeadlineDays(env.HURTIGSPOR_DEADLINE_DAYS) },
    secrets,
    rateLimits: {
      authFailuresPerAddress: parseInteger('RATE_LIMIT_AUTH_FAILURES', env.RATE_LIMIT_AUTH_FAILURES, 20, 0, 100_000),
      authFailuresPerKeyPrefix: parseInteger('RATE_LIMIT_AUTH_FAILURES_PER_KEY', env.RATE_LIMIT_AUTH_FAILURES_PER_KEY, 10, 0, 100_000),
      authWindowMs: parseInteger('RATE_LIMIT_AUTH_WINDOW_SECONDS', env.RATE_LIMIT_AUTH_WINDOW_SECONDS, 900, 1, 86_400) * 1000,
      rankingsPerMinute: parseInteger('RATE_LIMIT_RANKINGS_PER_MINUTE', env.RATE_LIMIT_RANKINGS_PER_MINUTE, 120, 0, 1_000_000),
    },
    accounts,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
