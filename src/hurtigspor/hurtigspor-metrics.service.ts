import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/principal';
import { fieldError, invalid } from '../common/problems';
import type { CaseState } from './case-states';
import type { MetricsQueryDto } from './dto/case.dto';
import { CaseCohort, HurtigsporRepository } from './hurtigspor.repository';
import { median } from './median';
import { endOfOsloDay } from './working-days';

export interface HurtigsporMetrics {
  from: string | null;
  to: string | null;
  /** The career centre whose cases are counted; null: all (admin). */
  careerCentreOrganisationId: string | null;
  cases: { total: number; perState: Record<CaseState, number> };
  /** Calendar days from the case's creation (mapped) to its first entry into praksis, and into hired; median over the cases that got there. */
  medianDays: { mappedToPraksis: number | null; mappedToHired: number | null };
  /** Per employer: the cases that started praksis, how many ended in a hire, and the share. */
  praksisToHired: { employerOrganisationId: string; name: string; praksis: number; hired: number; conversion: number }[];
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const round1 = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);
const previousDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * A window bound: a date is a whole Norwegian day (from its start, or to its end), a date-time is
 * taken as given. Checked here too, since strict ISO 8601 still admits dates like 2026-02-30.
 */
function bound(field: 'from' | 'to', raw: string | undefined): Date | null {
  if (raw === undefined) return null;
  if (DATE_ONLY.test(raw)) {
    if (new Date(`${raw}T00:00:00Z`).toISOString().slice(0, 10) !== raw) {
      throw invalid([fieldError(field, 'not_calendar_date', { value: raw })]);
    }
    return endOfOsloDay(field === 'from' ? previousDay(raw) : raw);
  }
  const at = new Date(raw);
  if (Number.isNaN(at.getTime())) throw invalid([fieldError(field, 'not_date')]);
  return at;
}

@Injectable()
export class HurtigsporMetricsService {
  constructor(private readonly repository: HurtigsporRepository) {}

  /** Over the cases created in the window: a career centre sees its own cases, an admin all. */
  async metrics(actor: Principal, query: MetricsQueryDto): Promise<HurtigsporMetrics> {
    const from = bound('from', query.from);
    const to = bound('to', query.to);
    if (from && to && from > to) throw invalid([fieldError('from', 'not_after', { other: 'to' })]);
    const cohort: CaseCohort = { from, to, careerCentreOrganisationId: actor.role === 'career_centre' ? actor.organisationId : null };
    const perState = await this.repository.casesPerState(cohort);
    const conversion = await this.repository.praksisConversion(cohort);
    return {
      from: query.from ?? null,
      to: query.to ?? null,
      careerCentreOrganisationId: cohort.careerCentreOrganisationId,
      cases: { total: Object.values(perState).reduce((a, b) => a + b, 0), perState },
      medianDays: {
        mappedToPraksis: round1(median(await this.repository.daysToState(cohort, 'praksis'))),
        mappedToHired: round1(median(await this.repository.daysToState(cohort, 'hired'))),
      },
      praksisToHired: conversion.map((c) => ({
        employerOrganisationId: c.organisationId,
        name: c.name,
        praksis: c.praksis,
        hired: c.hired,
        conversion: c.hired / c.praksis,
      })),
    };
  }
}
