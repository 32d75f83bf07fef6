import { RECORD_CHANGES_KEPT_MS, RecordChangesRepository, RecordTopic } from './record-changes.repository';

/** More changed records than this at once (an import) are read again in full rather than one by one. */
const READ_ALL_ABOVE = 2_000;

/** How an in-memory copy is read: all of it, or what changed (ids per topic) into the copy in place. */
export interface CopyReader<S> {
  all(): Promise<S>;
  changed(copy: S, ids: ReadonlyMap<RecordTopic, string[]>): Promise<void>;
}

/**
 * An in-memory copy of records, brought up to date before each use by asking the database which
 * records of its topics changed since the snapshot the copy was read at (RecordChangesRepository):
 * right across service processes and whoever wrote, without LISTEN (the embedded database has no
 * second connection for it) and without a timer. Who asks before a refresh starts shares it (it
 * starts after they asked, so it sees what they committed); who asks later waits for the next.
 */
export class KeptInSync<S> {
  private copy?: { value: S; snapshot: string; readAt: number };
  /** Counts the changes the copy took in: what is made from the copy is for one count. */
  private version = 0;
  /** Counts the times the copy was read in full: what was made from an older one knows nothing of the changes since. */
  private generation = 0;
  private tail: Promise<void> = Promise.resolve();
  private queued?: Promise<void>;

  constructor(
    private readonly changes: RecordChangesRepository,
    private readonly topics: readonly RecordTopic[],
    private readonly reader: CopyReader<S>,
  ) {}

  /** The copy as of now, its version, and how many times it was read in full. */
  async current(): Promise<{ value: S; version: number; generation: number }> {
    await this.sync();
    return { value: this.copy!.value, version: this.version, generation: this.generation };
  }

  private sync(): Promise<void> {
    if (this.queued) return this.queued;
    const run = this.tail.then(() => {
      this.queued = undefined;
      return this.refresh();
    });
    this.queued = run;
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async refresh(): Promise<void> {
    const copy = this.copy;
    // The log keeps a day: a copy read longer ago than half of that is read again.
    if (!copy || Date.now() - copy.readAt > RECORD_CHANGES_KEPT_MS / 2) return this.readAll();
    const { changed, snapshot } = await this.changes.since(this.topics, copy.snapshot, READ_ALL_ABOVE);
    if (!changed) return this.readAll();
    if (changed.size > 0) {
      await this.reader.changed(copy.value, changed);
      this.version++;
    }
    copy.snapshot = snapshot;
    copy.readAt = Date.now();
  }

  /** Everything, read after the snapshot is taken: a change committed in between is read again at the next refresh. */
  private async readAll(): Promise<void> {
    await this.changes.prune();
    const snapshot = await this.changes.snapshot();
    this.copy = { value: await this.reader.all(), snapshot, readAt: Date.now() };
    this.version++;
    this.generation++;
  }
}

/** A copy's entries for the changed ids replaced by what was read of them now: an id read no more (deleted) is gone. */
export function replaceIn<V>(copy: Map<string, V>, changed: readonly string[], found: Iterable<readonly [string, V]>): void {
  for (const id of changed) copy.delete(id);
  for (const [id, value] of found) copy.set(id, value);
}
