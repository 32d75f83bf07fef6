import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FieldError, Problem } from '../common/problems';
import { ReferenceDataCache } from './reference-data.cache';
import { ReferenceDataRepository } from './reference-data.repository';
import { loadDatasets, ReferenceDatasets } from './reference-datasets';

export interface CodeReference {
  /** The request field that holds the code, e.g. `experience.0.occupationCode`. */
  field: string;
  kind: 'municipality' | 'occupation';
  code: string;
}

@Injectable()
export class ReferenceDataService {
  private readonly logger = new Logger('ReferenceData');
  private loaded?: ReferenceDatasets;

  constructor(
    private readonly repository: ReferenceDataRepository,
    private readonly cache: ReferenceDataCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The datasets, read once: the compact files shipped in data/reference/, or derived from the raw sources at REFERENCE_DATA_DIR. */
  datasets(): ReferenceDatasets {
    this.loaded ??= loadDatasets(this.config.referenceData);
    return this.loaded;
  }

  /** Loads municipalities and STYRK-08 occupations; idempotent, so it runs at every start. */
  async importAll(): Promise<void> {
    const { municipalities, occupations, escoOccupations: esco, renumbered } = this.datasets();
    await this.repository.upsertMunicipalities(municipalities);
    await this.repository.upsertOccupations(occupations);
    // ESCO is larger (3,000 occupations, 129,000 skill links): loaded when the count differs.
    if ((await this.repository.escoOccupationCount()) !== esco.length) await this.repository.replaceEscoOccupations(esco);
    this.cache.clear();
    const { source, dir } = this.config.referenceData;
    this.logger.log(
      `Reference data ${source === 'shipped' ? `shipped in ${dir}` : `from the raw sources in ${dir} (REFERENCE_DATA_DIR)`}: ` +
        `${municipalities.length} municipalities (${renumbered.length} old numbers known), ` +
        `${occupations.length} STYRK-08 occupations, ${esco.length} ESCO occupations with their skills`,
    );
  }

  /** Rejects, naming each failing field, any code that is not in the reference tables. */
  async assertCodesExist(references: CodeReference[]): Promise<void> {
    const codes = (kind: CodeReference['kind']) => [...new Set(references.filter((r) => r.kind === kind).map((r) => r.code))];
    const missing = new Set([
      ...(await this.repository.missingMunicipalityCodes(codes('municipality'))).map((c) => `municipality:${c}`),
      ...(await this.repository.missingOccupationCodes(codes('occupation'))).map((c) => `occupation:${c}`),
    ]);
    const errors: FieldError[] = references
      .filter((r) => missing.has(`${r.kind}:${r.code}`))
      .map((r) => ({
        field: r.field,
        message:
          r.kind === 'municipality'
            ? `${r.field} ${r.code} is not a known kommunenummer (2024 numbering)`
            : `${r.field} ${r.code} is not a known STYRK-08 occupation code`,
      }));
    if (errors.length > 0) throw Problem.validation(errors, 'Some codes are not in the reference data.');
  }
}
