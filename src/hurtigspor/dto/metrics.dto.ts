import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATES, CaseState } from '../case-states';
import type { HurtigsporMetrics } from '../hurtigspor-metrics.service';

export class CaseCounts {
  total: number;
  @ApiProperty({
    type: 'object',
    description: 'Cases per state they are in now.',
    properties: Object.fromEntries(CASE_STATES.map((s) => [s, { type: 'integer' }])),
    required: [...CASE_STATES],
  })
  perState: Record<CaseState, number>;
}

export class MedianDays {
  mappedToPraksis: number | null;
  mappedToHired: number | null;
}

export class EmployerConversion {
  employerOrganisationId: string;
  name: string;
  /** Cases that started praksis. */
  praksis: number;
  /** Of those, how many ended in a hire. */
  hired: number;
  /** hired / praksis. */
  conversion: number;
}

export class HurtigsporMetricsView implements HurtigsporMetrics {
  from: string | null;
  to: string | null;
  /** The career centre whose cases are counted; null: all (admin). */
  careerCentreOrganisationId: string | null;
  cases: CaseCounts;
  /** Calendar days from the case's creation (mapped) to its first entry into praksis, and into hired; median over the cases that got there. */
  medianDays: MedianDays;
  /** Per employer: the cases that started praksis, how many ended in a hire, and the share. */
  praksisToHired: EmployerConversion[];
}
