import { Injectable } from '@nestjs/common';
import { ReferenceDataRepository } from './reference-data.repository';

export interface MunicipalityPoint {
  code: string;
  name: string;
  countyCode: string;
  lat: number;
  lon: number;
}

/** Reference data changes only at start-up, so it is read once and kept. */
@Injectable()
export class ReferenceDataCache {
  private titles?: Promise<ReadonlyMap<string, string>>;
  private municipalities?: Promise<ReadonlyMap<string, MunicipalityPoint>>;

  constructor(private readonly repository: ReferenceDataRepository) {}

  /** STYRK-08 code → Bokmål title. */
  occupationTitles(): Promise<ReadonlyMap<string, string>> {
    this.titles ??= this.repository.listOccupations().then((rows) => new Map(rows.map((o) => [o.code, o.title])));
    return this.titles;
  }

  municipalityPoints(): Promise<ReadonlyMap<string, MunicipalityPoint>> {
    this.municipalities ??= this.repository
      .listMunicipalities()
      .then((rows) => new Map(rows.map((m) => [m.code, { code: m.code, name: m.name, countyCode: m.countyCode, lat: m.lat, lon: m.lon }])));
    return this.municipalities;
  }

  /** The codes of a county's municipalities, in code order; empty for a county that does not exist. */
  async municipalitiesInCounty(countyCode: string): Promise<string[]> {
    return [...(await this.municipalityPoints()).values()].filter((m) => m.countyCode === countyCode).map((m) => m.code);
  }

  /** After an import, the next read loads afresh. */
  clear(): void {
    this.titles = undefined;
    this.municipalities = undefined;
  }
}
