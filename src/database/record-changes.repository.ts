import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** What the triggers of migrations RecordChanges and CandidateChanges log changes under. */
export type RecordTopic = 'mentor' | 'opening' | 'employer' | 'candidate';

/** The log is kept this long; a reader whose last snapshot is older reads everything again. */
export const RECORD_CHANGES_KEPT_MS = 24 * 3600_000;

/**
 * Which records changed since a snapshot, from the log the triggers write in each changing
 * transaction (migration RecordChanges). A reader keeps the snapshot it last read at and asks
 * for the records whose transactions that snapshot did not see: every change that committed
 * since, in whatever order the transactions commit, from this process or any other.
 */
@Injectable()
export class RecordChangesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The database's snapshot now, to ask `since` from after reading everything it shows. */
  async snapshot(): Promise<string> {
    const [{ snapshot }]: { snapshot: string }[] = await this.dataSource.query('SELECT pg_current_snapshot()::text AS snapshot');
    return snapshot;
  }

  /**
   * Ids of the records of these topics changed by transactions `snapshot` did not see, per topic
   * (null when more than `most` changed, an import: the reader reads everything again instead),
   * and the snapshot they were read under, to ask from next time. One statement, so the two agree:
   * a transaction it does not see yet is left to the next ask, not skipped.
   */
  async since(topics: readonly RecordTopic[], snapshot: string, most: number): Promise<{ changed: Map<RecordTopic, string[]> | null; snapshot: string }> {
    const rows: { now: string; topic: RecordTopic | null; id: string | null }[] = await this.dataSource.query(
      `SELECT pg_current_snapshot()::text AS now, c.topic, c.id FROM (SELECT 1) one LEFT JOIN LATERAL (
         SELECT DISTINCT topic, record_id AS id FROM record_changes
         WHERE topic = ANY($1::text[]) AND xid >= pg_snapshot_xmin($2::pg_snapshot) AND NOT pg_visible_in_snapshot(xid, $2::pg_snapshot)
         LIMIT $3) c ON true`,
      [topics, snapshot, most + 1],
    );
    const found = rows.filter((r) => r.topic !== null);
    if (found.length > most) return { changed: null, snapshot: rows[0].now };
    const changed = new Map<RecordTopic, string[]>();
    for (const row of found) {
      const ids = changed.get(row.topic!);
      if (ids) ids.push(row.id!);
      else changed.set(row.topic!, [row.id!]);
    }
    return { changed, snapshot: rows[0].now };
  }

  /** Forgets changes older than the log keeps: called by a reader about to read everything anyway. */
  async prune(): Promise<void> {
    await this.dataSource.query(`DELETE FROM record_changes WHERE at < now() - make_interval(secs => $1)`, [RECORD_CHANGES_KEPT_MS / 1000]);
  }
}
