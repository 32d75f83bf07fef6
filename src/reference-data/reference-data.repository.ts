import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Municipality } from './entities/municipality.entity';
import { Occupation } from './entities/occupation.entity';
import type { EscoOccupationRecord } from './reference-data.files';

/** An occupation's name as STYRK-08 gives it, or as an ESCO occupation's own label. */
export interface ReferenceOccupationTitle {
  code: string;
  title: string;
  source: 'styrk' | 'esco';
}

@Injectable()
export class ReferenceDataRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Which of these codes are not known municipalities. */
  async missingMunicipalityCodes(codes: string[]): Promise<string[]> {
    return this.missing('municipalities', codes);
  }

  async missingOccupationCodes(codes: string[]): Promise<string[]> {
    return this.missing('occupations', codes);
  }

  private async missing(table: 'municipalities' | 'occupations', codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows: { code: string }[] = await this.dataSource.query(
      `SELECT c.code FROM unnest($1::text[]) AS c(code) WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.code = c.code)`,
      [codes],
    );
    return rows.map((r) => r.code);
  }

  async upsertMunicipalities(rows: Municipality[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO municipalities (code, name, county_code, lat, lon, admin_centre, population)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::text[], $7::int[])
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, county_code = excluded.county_code, lat = excluded.lat,
         lon = excluded.lon, admin_centre = excluded.admin_centre, population = excluded.population`,
      [
        rows.map((r) => r.code),
        rows.map((r) => r.name),
        rows.map((r) => r.countyCode),
        rows.map((r) => r.lat),
        rows.map((r) => r.lon),
        rows.map((r) => r.adminCentre),
        rows.map((r) => r.population),
      ],
    );
  }

  async upsertOccupations(rows: Occupation[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO occupations (code, title, category, subcategory)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (code) DO UPDATE SET title = excluded.title, category = excluded.category, subcategory = excluded.subcategory`,
      [rows.map((r) => r.code), rows.map((r) => r.title), rows.map((r) => r.category), rows.map((r) => r.subcategory)],
    );
  }

  /** What is loaded, for /health. */
  async counts(): Promise<{ municipalities: number; occupations: number; escoOccupations: number }> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM municipalities) AS municipalities, (SELECT count(*)::int FROM occupations) AS occupations,
              (SELECT count(*)::int FROM esco_occupations) AS "escoOccupations"`,
    );
    return row;
  }

  async escoOccupationCount(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM esco_occupations`);
    return row.n;
  }

  /** Replaces the ESCO occupations and their skills in one transaction. */
  async replaceEscoOccupations(rows: EscoOccupationRecord[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM esco_occupations`);
      await manager.query(`INSERT INTO esco_occupations (uri, label, isco4) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`, [
        rows.map((r) => r.uri),
        rows.map((r) => r.label),
        rows.map((r) => r.isco4),
      ]);
      const links = rows.flatMap((r) => [
        ...r.essential.map((skill) => [r.uri, skill, true] as const),
        ...r.optional.map((skill) => [r.uri, skill, false] as const),
      ]);
      for (let i = 0; i < links.length; i += 20_000) {
        const chunk = links.slice(i, i + 20_000);
        await manager.query(
          `INSERT INTO esco_occupation_skills (occupation_uri, skill_label, essential)
           SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[]) ON CONFLICT DO NOTHING`,
          [chunk.map((l) => l[0]), chunk.map((l) => l[1]), chunk.map((l) => l[2])],
        );
      }
    });
  }

  /** Every ESCO occupation–skill link with the occupation's ISCO code. */
  escoLinks(): Promise<{ uri: string; isco4: string; skill: string; essential: boolean }[]> {
    return this.dataSource.query(
      `SELECT o.uri, o.isco4, s.skill_label AS skill, s.essential FROM esco_occupation_skills s JOIN esco_occupations o ON o.uri = s.occupation_uri`,
    );
  }

  /** Each STYRK occupation's title and the labels of the ESCO occupations under a known STYRK code (not their variants). */
  mainOccupationTitles(): Promise<ReferenceOccupationTitle[]> {
    return this.dataSource.query(
      `SELECT code, title, 'styrk' AS source FROM occupations
       UNION ALL SELECT e.isco4 AS code, e.label AS title, 'esco' AS source FROM esco_occupations e JOIN occupations o ON o.code = e.isco4`,
    );
  }

  /** The hash of the sources a named import (the taxonomy, the title readings) was last made from; null before the first. */
  async importedHash(name: string): Promise<string | null> {
    const [row]: { hash: string }[] = await this.dataSource.query(`SELECT hash FROM reference_imports WHERE name = $1`, [name]);
    return row?.hash ?? null;
  }

  /** Records a named import as made from sources with this hash, in the caller's transaction so it commits with the import. */
  async markImported(manager: EntityManager, name: string, hash: string): Promise<void> {
    await manager.query(
      `INSERT INTO reference_imports (name, hash) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET hash = excluded.hash, imported_at = now()`,
      [name, hash],
    );
  }

  listMunicipalities(): Promise<Municipality[]> {
    return this.dataSource.getRepository(Municipality).find({ order: { code: 'ASC' } });
  }

  listOccupations(): Promise<Occupation[]> {
    return this.dataSource.getRepository(Occupation).find({ order: { code: 'ASC' } });
  }
}
