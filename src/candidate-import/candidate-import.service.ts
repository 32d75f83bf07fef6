import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial } from 'typeorm';
import { AuditEvent, AuditService } from '../audit/audit.service';
import type { Principal } from '../common/principal';
import { CandidatesService } from '../candidates/candidates.service';
import { Candidate, CandidatePreferences } from '../candidates/entities/candidate.entity';
import { isUniqueViolation } from '../common/database-errors';
import { MUNICIPALITY_CODE } from '../common/dto/profile-parts.dto';
import type { Locale } from '../common/language';
import { Problem, problem, renderFieldError } from '../common/problems';
import { EmbeddingQueue } from '../embeddings/embedding-queue';
import { ReferenceDataCache } from '../reference-data/reference-data.cache';
import { ReferenceDataRepository } from '../reference-data/reference-data.repository';
import { ReferenceDataService } from '../reference-data/reference-data.service';
import { CandidatesRepository, ImportedRecord } from '../candidates/candidates.repository';
import { CandidateImportRepository } from './candidate-import.repository';
import { ImportedCandidate, MappedRow, mapRow, markRepeatedRefs, markUnknownCodes } from './candidate-row';
import { readCsvFile } from './csv-file';
import { IMPORT_COLUMNS, ImportColumn } from './import-columns';
import { CandidateImportReport, ImportMode, ImportRowReport, RowStatus } from './dto/candidate-import.dto';

const PROGRESS_EVERY = 1000;
/** Validation is CPU work: every so many rows it lets other requests in (class-validator's awaits never leave the microtask queue). */
const YIELD_EVERY = 200;
const AUDIT_CHUNK = 1000;
const CODE = /^\d{4}$/;

/** A valid row and what it will do: its values already through CandidatesService.derive. */
interface Planned {
  row: MappedRow;
  status: Extract<RowStatus, 'created' | 'updated'>;
  values: DeepPartial<Candidate>;
}

/** The imported fields' preferences over what the candidate had: only maxTravelKm is the file's. */
function preferencesWith(current: CandidatePreferences, maxTravelKm: number | null): CandidatePreferences {
  const { maxTravelKm: _replaced, ...kept } = current;
  return maxTravelKm === null ? kept : { ...kept, maxTravelKm };
}

/** Every field a row owns: an update replaces them all, an empty cell clears its field. */
function importedFields(c: ImportedCandidate, hash: string): DeepPartial<Candidate> {
  return {
    fullName: c.fullName,
    birthYear: c.birthYear,
    gender: c.gender,
    municipalityCode: c.municipalityCode,
    countryOfOrigin: c.countryOfOrigin,
    languages: c.languages,
    experience: c.experience,
    skills: c.skills,
    interests: c.interests,
    desiredOccupations: c.desiredOccupations,
    goals: c.goals,
    consent: c.consent,
    importHash: hash,
  };
}

/**
 * Bulk import of candidates from CSV: every row validated with the rules of POST /candidates,
 * then written in one transaction (all rows, or with `partial` the valid ones), matched to the
 * organisation's earlier imports by externalRef. Unchanged rows are not written at all.
 */
@Injectable()
export class CandidateImportService {
  private readonly logger = new Logger('CandidateImport');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CandidateImportRepository,
    private readonly records: CandidatesRepository,
    private readonly candidates: CandidatesService,
    private readonly referenceData: ReferenceDataRepository,
    private readonly referenceCache: ReferenceDataCache,
    private readonly referenceChecks: ReferenceDataService,
    private readonly audit: AuditService,
    private readonly embeddingQueue: EmbeddingQueue,
  ) {}

  /** The report's row errors are written in `locale`. */
  async import(actor: Principal, csv: string, mode: ImportMode, locale: Locale): Promise<CandidateImportReport> {
    // Imported candidates belong to the importing career centre; an admin, of no organisation, cannot own them.
    if (!actor.organisationId) throw problem('organisation_required');
    const importId = randomUUID();
    const started = performance.now();
    const log = (message: string) => this.logger.log(`Import ${importId}: ${message}`);
    const csvRows = readCsvFile(csv);
    const total = csvRows.length;
    log(`${total} rows read (mode ${mode})`);

    const rows = await this.validate(csvRows, (done) => log(`${done}/${total} rows validated…`));
    const failed = rows.filter((r) => r.errors.length > 0);
    const valid = rows.filter((r) => r.errors.length === 0);
    log(`${total}/${total} rows validated, ${failed.length} failed`);
    if (failed.length > 0 && mode === 'all') {
      log('rejected, nothing written');
      const report = this.report(importId, mode, rows, new Map(), new Map(), locale);
      const next =
        valid.length > 0
          ? { nb: `Rett dem, eller send ?mode=partial for å importere de ${valid.length} gyldige radene.`, en: `Correct them, or send ?mode=partial to import the ${valid.length} valid rows.` }
          : { nb: 'Rett dem og send filen på nytt.', en: 'Correct them and send the file again.' };
      throw new Problem('import_rejected', { failed: failed.length, total, next }, undefined, { report });
    }

    // What each row will do, as it looks now; derived fields are computed here, outside the transaction (one connection on the embedded database).
    const before = new Map(
      (await this.records.findImported(actor.organisationId, valid.map((r) => r.externalRef))).map((e) => [e.externalRef, e]),
    );
    const derived = new Map<MappedRow, Planned>();
    for (const row of valid) {
      const existing = before.get(row.externalRef);
      if (existing?.importHash === row.hash) continue;
      derived.set(row, await this.plan(actor, row, existing));
    }

    const { statuses, ids } = await this.write(actor, importId, valid, derived, log);
    const written = [...statuses.entries()].filter(([, s]) => s === 'created' || s === 'updated').map(([row]) => ids.get(row)!);
    // After the commit: the embedding loop reads what is committed, and skips texts that did not change.
    for (const id of written) this.embeddingQueue.enqueue('candidate', id);

    const report = this.report(importId, mode, rows, statuses, ids, locale);
    const t = report.totals;
    log(
      `done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${t.created} created, ${t.updated} updated, ` +
        `${t.unchanged} unchanged, ${t.failed} failed; ${written.length} queued for embedding`,
    );
    return report;
  }

  /** Each row, then across the file: repeated references, and codes not in the reference data (one query per kind). */
  private async validate(csvRows: ReturnType<typeof readCsvFile>, progress: (done: number) => void): Promise<MappedRow[]> {
    const titles = await this.referenceCache.occupationTitles();
    const rows: MappedRow[] = [];
    for (const csvRow of csvRows) {
      rows.push(await mapRow(csvRow, titles));
      if (rows.length % PROGRESS_EVERY === 0 && rows.length < csvRows.length) progress(rows.length);
      if (rows.length % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    markRepeatedRefs(rows);
    const municipalities = new Set(rows.map((r) => r.candidate.municipalityCode).filter((c) => MUNICIPALITY_CODE.test(c)));
    const occupations = new Set(
      rows.flatMap((r) => [...r.candidate.experience.map((e) => e.occupationCode ?? ''), ...r.candidate.desiredOccupations]).filter((c) => CODE.test(c)),
    );
    markUnknownCodes(
      rows,
      new Set(await this.referenceData.missingMunicipalityCodes([...municipalities])),
      new Set(await this.referenceData.missingOccupationCodes([...occupations])),
      (field, code) => ({ ...this.referenceChecks.municipalityError(field, code), field: 'municipalityCode' }),
    );
    // In the order of the columns, as a person reads the row.
    const order = (field: string) => IMPORT_COLUMNS.indexOf(field as ImportColumn);
    for (const row of rows) row.errors.sort((a, b) => order(a.field) - order(b.field));
    return rows;
  }

  /** A new candidate in full, or an update of the fields the import owns; either with its derived fields, like every candidate write. */
  private async plan(actor: Principal, row: MappedRow, existing: ImportedRecord | undefined): Promise<Planned> {
    const fields = importedFields(row.candidate, row.hash);
    if (existing) {
      const values = await this.candidates.withDerived({ ...fields, preferences: preferencesWith(existing.preferences, row.candidate.maxTravelKm) }, existing.id);
      return { row, status: 'updated', values };
    }
    const values = await this.candidates.withDerived({
      ...fields,
      education: [],
      preferences: preferencesWith({}, row.candidate.maxTravelKm),
      externalRef: row.externalRef,
      registeredByOrganisationId: actor.organisationId,
      ownerOrganisationId: actor.organisationId!,
    });
    return { row, status: 'created', values };
  }

  /**
   * One transaction under the organisation's import lock. What the rows do is decided again
   * inside it: an identical import that ran meanwhile turns this one's rows `unchanged`.
   */
  private async write(
    actor: Principal,
    importId: string,
    valid: MappedRow[],
    planned: Map<MappedRow, Planned>,
    log: (message: string) => void,
  ): Promise<{ statuses: Map<MappedRow, RowStatus>; ids: Map<MappedRow, string> }> {
    const statuses = new Map<MappedRow, RowStatus>();
    const ids = new Map<MappedRow, string>();
    if (valid.length === 0) return { statuses, ids };
    try {
      await this.dataSource.transaction(async (manager) => {
        await this.repository.lockOrganisation(manager, actor.organisationId);
        const current = new Map(
          (await this.records.findImported(actor.organisationId, valid.map((r) => r.externalRef), manager)).map((e) => [e.externalRef, e]),
        );
        const creates: Planned[] = [];
        const updates: (Planned & { id: string; preferences: CandidatePreferences })[] = [];
        for (const row of valid) {
          const existing = current.get(row.externalRef);
          if (existing?.importHash === row.hash) {
            statuses.set(row, 'unchanged');
            ids.set(row, existing.id);
            continue;
          }
          const plan = planned.get(row);
          if (!plan || (plan.status === 'created') !== !existing) {
            throw problem('import_changed_meanwhile');
          }
          if (existing) updates.push({ ...plan, id: existing.id, preferences: existing.preferences });
          else creates.push(plan);
        }
        const progress = (done: number, of: number, what: string) => {
          if (done % PROGRESS_EVERY === 0 || done === of) log(`${done}/${of} rows ${what}…`);
        };

        const created = await this.records.insertMany(
          manager,
          creates.map((p) => p.values),
          (done) => progress(done, creates.length, 'written'),
        );
        for (const p of creates) {
          statuses.set(p.row, 'created');
          ids.set(p.row, created.get(p.row.externalRef)!);
        }
        for (const [i, p] of updates.entries()) {
          // The preferences the import does not own (mentorGender) as they are now, not as they were read before the lock.
          await this.records.updateImported(manager, p.id, { ...p.values, preferences: preferencesWith(p.preferences, p.row.candidate.maxTravelKm) });
          statuses.set(p.row, 'updated');
          ids.set(p.row, p.id);
          progress(i + 1, updates.length, 'updated');
        }

        // Consent from the file is recorded like consent given in the form: an entry per kind that changed.
        await this.candidates.recordConsent(manager, actor, new Map([...creates, ...updates].map((p) => [ids.get(p.row)!, p.row.candidate.consent])));

        const events: AuditEvent[] = [...creates, ...updates].map((p) => ({
          action: 'candidate.import',
          resourceType: 'candidate',
          resourceId: ids.get(p.row)!,
          details: { importId, row: p.row.row, line: p.row.line, outcome: statuses.get(p.row) },
        }));
        for (let i = 0; i < events.length; i += AUDIT_CHUNK) await this.audit.record(manager, actor, ...events.slice(i, i + AUDIT_CHUNK));
      });
    } catch (error) {
      // The unique index backs the lock up: a duplicate is a conflict, never a 500.
      if (isUniqueViolation(error)) {
        throw problem('import_concurrent');
      }
      throw error;
    }
    return { statuses, ids };
  }

  private report(
    importId: string,
    mode: ImportMode,
    rows: MappedRow[],
    statuses: Map<MappedRow, RowStatus>,
    ids: Map<MappedRow, string>,
    locale: Locale,
  ): CandidateImportReport {
    const reported: ImportRowReport[] = rows.map((r) => {
      const status: RowStatus = r.errors.length > 0 ? 'failed' : (statuses.get(r) ?? 'unchanged');
      const id = ids.get(r);
      return { row: r.row, line: r.line, externalRef: r.externalRef || null, status, ...(id ? { id } : {}), errors: r.errors.map((e) => renderFieldError(e, locale)) };
    });
    const count = (status: RowStatus) => reported.filter((r) => r.status === status).length;
    return {
      importId,
      mode,
      totals: { rows: rows.length, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), failed: count('failed') },
      rows: reported,
    };
  }
}
