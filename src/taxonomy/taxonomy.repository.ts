import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { normaliseLabel } from '../common/labels';
import type { LabourDemandRecord } from '../reference-data/reference-data.files';
import { ReferenceDataRepository } from '../reference-data/reference-data.repository';
import type { OccupationTitleRow } from './occupation-taxonomy';
import type { SkillSynonymRow, TaxonomySkillRow } from './skill-taxonomy';

/** The name under which reference-data's import record keeps the hash of the taxonomy's sources. */
const TAXONOMY = 'taxonomy';

export interface SynonymView {
  id: string;
  skillId: string;
  label: string;
  lang: string;
  source: 'seed' | 'admin';
  createdAt: Date;
}

@Injectable()
export class TaxonomyRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceDataRepository,
  ) {}

  /** The hash of the sources the stored taxonomy was imported from; null before the first import. */
  importHash(): Promise<string | null> {
    return this.referenceData.importedHash(TAXONOMY);
  }

  /** The skills, synonyms, titles and demand figures, replaced in one transaction with the hash of their sources. */
  async replace(
    hash: string,
    data: { skills: string[]; synonyms: { synonym: string; skill: string }[]; titles: OccupationTitleRow[]; demand: LabourDemandRecord[] },
  ): Promise<void> {
    // A title is kept only under a STYRK code reference data knows (occupation_titles refers to occupations).
    const unknown = new Set(await this.referenceData.missingOccupationCodes([...new Set(data.titles.map((t) => t.code))]));
    const titles = data.titles.filter((t) => !unknown.has(t.code));
    await this.dataSource.transaction(async (m) => {
      // Skills are referenced by synonyms (some added by admins): add, never delete.
      for (const chunk of chunks(data.skills, 5000)) {
        await m.query(`INSERT INTO skills (label, source) SELECT unnest($1::text[]), 'esco' ON CONFLICT (label) DO NOTHING`, [chunk]);
      }
      await m.query(
        `INSERT INTO skill_synonyms (skill_id, label, normalised, lang, source)
         SELECT s.id, x.synonym, x.normalised, 'nb', 'seed'
           FROM unnest($1::text[], $2::text[], $3::text[]) AS x(synonym, normalised, skill) JOIN skills s ON s.label = x.skill
         ON CONFLICT (skill_id, normalised) DO NOTHING`,
        [data.synonyms.map((s) => s.synonym), data.synonyms.map((s) => normaliseLabel(s.synonym)), data.synonyms.map((s) => s.skill)],
      );
      await m.query(`DELETE FROM occupation_titles`);
      for (const chunk of chunks(titles, 5000)) {
        await m.query(
          `INSERT INTO occupation_titles (code, title, lang, source)
           SELECT x.code, x.title, CASE WHEN x.source = 'esco' THEN 'en' ELSE 'nb' END, x.source
             FROM unnest($1::text[], $2::text[], $3::text[]) AS x(code, title, source)
           ON CONFLICT DO NOTHING`,
          [chunk.map((t) => t.code), chunk.map((t) => t.title), chunk.map((t) => t.source)],
        );
      }
      await m.query(`DELETE FROM labour_demand`);
      await m.query(
        `INSERT INTO labour_demand (occupation_code, county_code, shortage, year)
         SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[])`,
        [data.demand.map((d) => d.occupationCode), data.demand.map((d) => d.countyCode), data.demand.map((d) => d.shortage), data.demand.map((d) => d.year)],
      );
      await this.referenceData.markImported(m, TAXONOMY, hash);
    });
  }

  async counts(): Promise<{ skills: number; synonyms: number; titles: number; demand: number }> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM skills) AS skills, (SELECT count(*)::int FROM skill_synonyms) AS synonyms,
              (SELECT count(*)::int FROM occupation_titles) AS titles, (SELECT count(*)::int FROM labour_demand WHERE shortage > 0) AS demand`,
    );
    return row;
  }

  skills(): Promise<TaxonomySkillRow[]> {
    return this.dataSource.query(`SELECT id, label FROM skills ORDER BY label`);
  }

  synonyms(): Promise<SkillSynonymRow[]> {
    return this.dataSource.query(`SELECT skill_id AS "skillId", label FROM skill_synonyms ORDER BY created_at, label`);
  }

  occupationTitles(): Promise<OccupationTitleRow[]> {
    return this.dataSource.query(`SELECT code, title, source FROM occupation_titles ORDER BY code, title`);
  }

  /** Each occupation's main names: its STYRK title, NAV's titles and the ESCO occupations' own labels (not their many variants). */
  async mainOccupationTitles(): Promise<OccupationTitleRow[]> {
    const reference = await this.referenceData.mainOccupationTitles();
    // Sorted by the database, so the order follows its collation as before, not JavaScript's; codes as char(4) like the columns.
    return this.dataSource.query(
      `SELECT code, title, source FROM unnest($1::char(4)[], $2::text[], $3::text[]) AS r(code, title, source)
       UNION ALL SELECT code, title, source FROM occupation_titles WHERE source = 'nav'
       ORDER BY code, source, title`,
      [reference.map((r) => r.code), reference.map((r) => r.title), reference.map((r) => r.source)],
    );
  }

  labourDemand(): Promise<LabourDemandRecord[]> {
    return this.dataSource.query(
      `SELECT occupation_code AS "occupationCode", county_code AS "countyCode", shortage, year FROM labour_demand WHERE shortage > 0`,
    );
  }

  async skill(id: string): Promise<{ id: string; label: string; source: string } | null> {
    const [row] = await this.dataSource.query(`SELECT id, label, source FROM skills WHERE id = $1`, [id]);
    return row ?? null;
  }

  skillSynonyms(skillId: string): Promise<SynonymView[]> {
    return this.dataSource.query(
      `SELECT id, skill_id AS "skillId", label, lang, source, created_at AS "createdAt" FROM skill_synonyms WHERE skill_id = $1 ORDER BY created_at, label`,
      [skillId],
    );
  }

  /** Null when the skill already has this synonym (in its normalised form). */
  /** Whether the skill exists, held (FOR SHARE) until the transaction ends so it cannot go away under a new synonym. */
  async holdSkill(m: EntityManager, skillId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT id FROM skills WHERE id = $1 FOR SHARE`, [skillId]);
    return rows.length > 0;
  }

  async addSynonym(m: EntityManager, skillId: string, label: string, lang: string, keyId: string | null): Promise<SynonymView | null> {
    const [row] = await m.query(
      `INSERT INTO skill_synonyms (skill_id, label, normalised, lang, source, created_by_key_id)
       VALUES ($1, $2, $3, $4, 'admin', $5)
       ON CONFLICT (skill_id, normalised) DO NOTHING
       RETURNING id, skill_id AS "skillId", label, lang, source, created_at AS "createdAt"`,
      [skillId, label, normaliseLabel(label), lang, keyId],
    );
    return row ?? null;
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
