import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The few queries confirming a cohort needs beside the mentorships' own. */
@Injectable()
export class MentorAssignmentsRepository {
  /**
   * Locks the cohort's candidate rows in id order until the transaction ends, so two
   * confirmations giving one candidate different mentors queue instead of both creating one.
   */
  async lockCandidates(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(`SELECT id FROM candidates WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [ids]);
  }

  /** Candidates among `ids` that have a proposed or active mentorship, read inside the transaction. */
  async inMentorship(manager: EntityManager, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await manager.query(
      `SELECT DISTINCT candidate_id AS id FROM mentorships WHERE candidate_id = ANY($1::uuid[]) AND status IN ('proposed', 'active')`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }
}
