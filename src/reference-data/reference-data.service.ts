import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FieldError, fieldError, invalid } from '../common/problems';
import type { Municipality } from './entities/municipality.entity';
import type { RenumberedMunicipality } from './municipality-renumbering';
import { MunicipalityHit, MunicipalitySearch } from './municipality-search';
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
  private search?: MunicipalitySearch;
  private byCode?: { current: Map<string, Municipality>; renumbered: Map<string, RenumberedMunicipality> };

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

  searchMunicipalities(q: string | undefined, limit: number): MunicipalityHit[] {
    const { municipalities, counties, renumbered } = this.datasets();
    this.search ??= new MunicipalitySearch(municipalities, counties, renumbered);
    return this.search.search(q, limit);
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
      .map((r) =>
        r.kind === 'municipality' ? this.municipalityError(r.field, r.code) : fieldError(r.field, 'unknown_styrk_code', { value: r.code }),
      );
    if (errors.length > 0) throw invalid(errors);
  }

  /**
   * Why a code that is not a 2024 kommunenummer is refused: a number of 2020–2023 with the one
   * that replaced it, a number that lost its leading zero (Excel: "301"), or simply unknown.
   * The one check behind every route and the CSV import.
   */
  municipalityError(field: string, code: string): FieldError {
    this.byCode ??= {
      current: new Map(this.datasets().municipalities.map((m) => [m.code, m])),
      renumbered: new Map(this.datasets().renumbered.map((r) => [r.oldCode, r])),
    };
    const renumbered = this.byCode.renumbered.get(code);
    if (renumbered) {
      return fieldError(field, 'municipality_renumbered', { oldCode: renumbered.oldCode, oldName: renumbered.oldName, code: renumbered.code, name: renumbered.name });
    }
    const padded = /^\d{3}$/.test(code) ? this.byCode.current.get(`0${code}`) : undefined;
    if (padded) return fieldError(field, 'municipality_leading_zero', { value: code, code: padded.code, name: padded.name });
    return fieldError(field, 'unknown_kommunenummer', { value: code });
  }
}
