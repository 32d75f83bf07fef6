import type { MatchType } from '../scoring/scoring';
import type { OutcomeType } from '../outcomes/entities/outcome.entity';
import type { QueryOutcome } from '../outcomes/outcomes.repository';

/**
 * How good an outcome says a match was, per match type: a completed mentorship; with an
 * employer, a hire above a praksis start or an interview, above a shortlisting. Ending early
 * and declining are recorded answers that the match was not good (0). Absent: says nothing.
 */
const GRADES: Record<'mentor' | 'opening', Partial<Record<OutcomeType, number>>> = {
  mentor: { mentorship_completed: 1, mentorship_ended_early: 0, declined: 0 },
  opening: { hired: 3, praksis_started: 2, interviewed: 2, shortlisted: 1, declined: 0 },
};

export interface QueryGrades {
  query: string;
  /** Per item, the grade of the pair's latest outcome. */
  grades: Map<string, number>;
  /** When the query's latest outcome happened. */
  latest: Date;
}

/**
 * Grades per query from its outcomes. A pair's latest outcome decides (shortlisted, then
 * interviewed, then declined ends at 0; shortlisted, then hired at 3); outcomes at the same
 * moment: the higher grade. Only queries with at least one positive grade are kept, latest first.
 */
export function gradeQueries(matchType: MatchType, outcomes: readonly QueryOutcome[]): QueryGrades[] {
  const scale = GRADES[matchType === 'mentor' ? 'mentor' : 'opening'];
  const latestByPair = new Map<string, { at: number; grade: number }>();
  const byQuery = new Map<string, QueryGrades>();
  for (const o of outcomes) {
    const grade = scale[o.type];
    if (grade === undefined) continue;
    const key = `${o.query}|${o.item}`;
    const at = o.at.getTime();
    const seen = latestByPair.get(key);
    if (seen && (seen.at > at || (seen.at === at && seen.grade >= grade))) continue;
    latestByPair.set(key, { at, grade });
    const query = byQuery.get(o.query) ?? { query: o.query, grades: new Map<string, number>(), latest: o.at };
    query.grades.set(o.item, grade);
    if (o.at > query.latest) query.latest = o.at;
    byQuery.set(o.query, query);
  }
  return [...byQuery.values()]
    .filter((q) => [...q.grades.values()].some((g) => g > 0))
    .sort((a, b) => b.latest.getTime() - a.latest.getTime() || (a.query < b.query ? -1 : 1));
}
