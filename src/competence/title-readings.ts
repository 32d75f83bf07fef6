import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { Clock } from '../common/clock';
import { ReferenceDataRepository } from '../reference-data/reference-data.repository';
import { CompetenceProfiler } from './competence-profiler';
import { ownPart } from './merge-competence';

/** The name under which `reference_imports` keeps the taxonomy hash the stored title readings were made with. */
const READINGS = 'title-readings';

/**
 * Keeps candidates' stored title readings (`resolvedOccupations`, and the inferred occupations
 * they feed) in step with the taxonomy: when the taxonomy was imported with another hash than the
 * one the readings were made with (or they were never made: records from before the readings
 * existed), every candidate with an experience title without a code or a desired occupation text
 * is derived again, in pages, each under its row lock, in the background after start.
 */
@Injectable()
export class TitleReadings {
  private readonly logger = new Logger('TitleReadings');
  private running?: Promise<number>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiler: CompetenceProfiler,
    private readonly candidates: CandidatesRepository,
    private readonly clock: Clock,
    private readonly imports: ReferenceDataRepository,
  ) {}

  /** Starts the check in the background; `settled()` waits for it (the service waits before it closes). */
  start(): void {
    this.running ??= this.refreshIfChanged().catch((error: unknown) => {
      this.logger.error(`Reading experience titles again failed: ${String(error)}`);
      return 0;
    });
  }

  async settled(): Promise<void> {
    await this.running;
  }

  /** The number of candidates derived again (0 when the readings are current). */
  async refreshIfChanged(): Promise<number> {
    const current = await this.imports.importedHash('taxonomy');
    if (!current || (await this.imports.importedHash(READINGS)) === current) return 0;
    const tools = await this.profiler.tools();
    let refreshed = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await this.candidates.idsWithTypedOccupations(after, 200);
      if (page.length === 0) break;
      for (const id of page) {
        await this.dataSource.transaction(async (m) => {
          const candidate = await this.candidates.lockById(m, id);
          if (!candidate) return;
          const derived = this.profiler.profile(
            {
              own: candidate.ownCompetence ?? ownPart(candidate),
              mappings: await this.profiler.mappingsOf(m, id),
              experience: candidate.experience,
              desiredTexts: candidate.desiredOccupationTexts,
              municipalityCode: candidate.municipalityCode,
            },
            tools,
          );
          await this.candidates.updateDerived(m, id, derived, this.clock.now());
        });
        refreshed++;
      }
      after = page[page.length - 1];
    }
    await this.imports.markImported(this.dataSource.manager, READINGS, current);
    if (refreshed > 0) this.logger.log(`Read the experience titles of ${refreshed} candidates again with the current taxonomy`);
    return refreshed;
  }
}
