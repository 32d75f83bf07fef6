import { COUNTY_NAMES, LabourDemandRecord } from '../reference-data/reference-data.files';

export interface ProspectReason {
  occupationCode: string;
  /** How the occupation is known: from the mapped experience, or inferred from skills. */
  via: 'mapped' | 'inferred';
  countyCode: string;
  countyName: string;
  /** NAV's estimated shortage of workers in that occupation and county. */
  shortage: number;
  year: number;
}

/** From this estimated shortage in the county up, an occupation counts as in demand there. */
export const IN_DEMAND_MIN = 50;
/** An inferred occupation counts from this confidence up; a guess below it makes no prospect. */
export const INFERRED_MIN = 0.3;

/** NAV's business survey: estimated shortage per occupation and county (today's counties). */
export class LabourDemand {
  private readonly byKey = new Map<string, LabourDemandRecord>();

  constructor(records: LabourDemandRecord[]) {
    for (const r of records) this.byKey.set(`${r.occupationCode}:${r.countyCode}`, r);
  }

  /**
   * Why a candidate is a hurtigspor prospect: each of their occupations in demand in their
   * county, the largest shortage first. Empty when none is.
   */
  reasons(countyCode: string | undefined, occupations: { code: string; via: ProspectReason['via'] }[]): ProspectReason[] {
    if (!countyCode) return [];
    const reasons = new Map<string, ProspectReason>();
    for (const { code, via } of occupations) {
      const record = this.byKey.get(`${code}:${countyCode}`);
      if (!record || record.shortage < IN_DEMAND_MIN || reasons.get(code)?.via === 'mapped') continue;
      reasons.set(code, {
        occupationCode: code,
        via,
        countyCode,
        countyName: COUNTY_NAMES[countyCode] ?? countyCode,
        shortage: record.shortage,
        year: record.year,
      });
    }
    return [...reasons.values()].sort((a, b) => b.shortage - a.shortage || a.occupationCode.localeCompare(b.occupationCode));
  }
}
