import { randomUUID } from 'node:crypto';
import { Global, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RecordChangesRepository } from './record-changes.repository';

const CHANNEL = 'kobling_changes';
/** A lost listening connection is opened again after this long; meanwhile every cache is cleared once it is back. */
const RECONNECT_MS = 2_000;

/** What changed: a topic a cache listens to, e.g. 'taxonomy'. */
export type ChangeTopic = 'taxonomy';

/**
 * Tells the other service processes on the same database that something an in-memory cache holds
 * has changed, through PostgreSQL's LISTEN/NOTIFY (never by a timer). The process that made the
 * change updates its own caches itself; the others hear it here, in the order the changes
 * committed. A process that lost its listening connection clears every cache when it is back,
 * since it may have missed a change. On the embedded database there is one process and nothing to tell.
 */
@Injectable()
export class ChangeFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ChangeFeed');
  /** Tells this process's own notifications from others'. */
  private readonly origin = randomUUID();
  private readonly handlers = new Map<ChangeTopic, (() => void)[]>();
  private client?: Client;
  private closed = false;
  private retry?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Runs `handler` when another process changed `topic`. */
  on(topic: ChangeTopic, handler: () => void): void {
    this.handlers.set(topic, [...(this.handlers.get(topic) ?? []), handler]);
  }

  /** Tells the other processes; sent when the caller's transaction commits (or at once outside one). */
  async publish(topic: ChangeTopic, manager = this.dataSource.manager): Promise<void> {
    if (!this.config.databaseUrl) return;
    await manager.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ topic, origin: this.origin })]);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.databaseUrl && !(await this.servesOneConnection())) await this.listen(false);
  }

  /**
   * PGlite behind its socket (the embedded database, also when the tests reach it by URL) serves
   * one connection at a time: a listening one would shut out the service's own, and it has one
   * process anyway.
   */
  private async servesOneConnection(): Promise<boolean> {
    const [{ version }]: { version: string }[] = await this.dataSource.query('SELECT version()');
    return /wasm|emscripten/i.test(version);
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private async listen(missedSome: boolean): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'kobling-change-feed' });
    client.on('notification', (message) => this.heard(message.payload));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    this.client = client;
    if (missedSome) this.clearAll();
  }

  private heard(payload: string | undefined): void {
    let change: { topic?: ChangeTopic; origin?: string };
    try {
      change = JSON.parse(payload ?? '{}') as typeof change;
    } catch {
      return;
    }
    if (change.origin === this.origin || !change.topic) return;
    for (const handler of this.handlers.get(change.topic) ?? []) handler();
  }

  private lost(client: Client, error?: unknown): void {
    if (this.closed || (this.client !== undefined && this.client !== client) || this.retry) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    this.logger.warn(`Listening for changes stopped${error instanceof Error ? `: ${error.message}` : ''}; trying again in ${RECONNECT_MS / 1000} s`);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.listen(true);
    }, RECONNECT_MS);
  }

  private clearAll(): void {
    for (const handlers of this.handlers.values()) for (const handler of handlers) handler();
  }
}

@Global()
@Module({ providers: [ChangeFeed, RecordChangesRepository], exports: [ChangeFeed, RecordChangesRepository] })
export class ChangeFeedModule {}
