import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FieldError, fieldError, invalid } from '../common/problems';
import { readEscoOccupations, readMunicipalities, readOccupations } from './reference-data.files';
import { ReferenceDataCache } from './reference-data.cache';
import { ReferenceDataRepository } from './reference-data.repository';

export interface CodeReference {
  /** The request field that holds the code, e.g. `experience.0.occupationCode`. */
  field: string;
  kind: 'municipality' | 'occupation';
  code: string;
}

@Injectable()
export class ReferenceDataService {
  private readonly logger = new Logger('ReferenceData');

  constructor(
    private readonly repository: ReferenceDataRepository,
    private readonly cache: ReferenceDataCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Loads municipalities and STYRK-08 occupations; idempotent, so it runs at every start. */
  async importAll(): Promise<void> {
    const municipalities = readMunicipalities(this.config.referenceDataDir);
    const occupations = readOccupations(this.config.referenceDataDir);
    await this.repository.upsertMunicipalities(municipalities);
    await this.repository.upsertOccupations(occupations);
    // ESCO is larger (3,000 occupations, 129,000 skill links): loaded when the count differs.
    const esco = readEscoOccupations(this.config.referenceDataDir);
    if ((await this.repository.escoOccupationCount()) !== esco.length) await this.repository.replaceEscoOccupations(esco);
    this.cache.clear();
    this.logger.log(
      `Reference data from ${this.config.referenceDataDir}: ${municipalities.length} municipalities, ` +
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
      .map((r) => fieldError(r.field, r.kind === 'municipality' ? 'unknown_kommunenummer' : 'unknown_styrk_code', { value: r.code }));
    if (errors.length > 0) throw invalid(errors);
  }
}
