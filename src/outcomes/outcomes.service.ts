import { Injectable } from '@nestjs/common';
import { CandidateGate } from '../candidates/candidate-gate';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/principal';
import { Clock, CLOCK_SKEW_MS } from '../common/clock';
import { Page, toPage } from '../common/dto/pagination.dto';
import { FieldError, fieldError, invalid, Problem, problem } from '../common/problems';
import { CreateOutcomeDto, OutcomeQueryDto, OutcomeView } from './dto/outcome.dto';
import { MENTORSHIP_OUTCOMES, OPENING_OUTCOMES, RECORD_OUTCOMES } from './entities/outcome.entity';
import { OutcomesRepository } from './outcomes.repository';
import { MentorsRepository } from '../mentors/mentors.repository';
import { OpeningsRepository } from '../openings/openings.repository';


@Injectable()
export class OutcomesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outcomes: OutcomesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly gate: CandidateGate,
    private readonly openings: OpeningsRepository,
    private readonly mentors: MentorsRepository,
  ) {}

  /** Records an outcome reported by hand; the organisation is the opening's. */
  async create(actor: Principal, dto: CreateOutcomeDto): Promise<OutcomeView> {
    const errors = shapeErrors(dto, this.clock.now());
    if (errors.length > 0) throw invalid(errors);
    if (actor.role === 'employer' && !dto.openingId) throw problem('employer_outcome_own_openings');
    // The opening's scope first, so an employer learns nothing about records it may not report on.
    const opening = dto.openingId ? await this.openings.findById(dto.openingId) : null;
    if (dto.openingId && !opening) throw Problem.notFound('opening', dto.openingId);
    if (opening && actor.role === 'employer' && opening.organisationId !== actor.organisationId) {
      throw problem('employer_outcome_own_openings');
    }
    if (opening && dto.type === 'praksis_started' && opening.kind !== 'praksis') {
      throw invalid([fieldError('openingId', 'praksis_needs_praksis_opening')]);
    }
    if (actor.role === 'employer') await this.checkEmployerReport(actor, dto);
    else await this.gate.assertSeesRecord(actor, dto.candidateId);
    if (dto.mentorId && !(await this.mentors.findById(dto.mentorId))) throw Problem.notFound('mentor', dto.mentorId);
    const created = await this.dataSource.transaction(async (manager) => {
      const outcome = await this.outcomes.record(manager, actor, {
        type: dto.type,
        reason: dto.reason ?? null,
        candidateId: dto.candidateId,
        openingId: dto.openingId ?? null,
        organisationId: opening?.organisationId ?? null,
        mentorId: dto.mentorId ?? null,
        at: new Date(dto.at),
      });
      await this.audit.record(manager, actor, {
        action: 'outcome.create',
        resourceType: 'outcome',
        resourceId: outcome.id,
        details: { type: dto.type, candidateId: dto.candidateId, openingId: dto.openingId ?? null, mentorId: dto.mentorId ?? null },
      });
      return outcome;
    });
    return OutcomeView.of(created);
  }

  /**
   * An employer may not write its own record: praksis periods and hires come from the case steps
   * both sides take, never from a report. Other reports only about a candidate a hurtigspor case
   * has revealed to it; about anyone else (or an id that does not exist) the same 403, so the call
   * tells nothing about which candidates exist.
   */
  private async checkEmployerReport(actor: Principal, dto: CreateOutcomeDto): Promise<void> {
    if (RECORD_OUTCOMES.includes(dto.type)) throw problem('employer_outcome_via_case');
    if (!actor.organisationId || !(await this.outcomes.revealedTo(dto.candidateId, actor.organisationId))) {
      throw problem('employer_outcome_unrevealed');
    }
  }

  /**
   * Employers see their own organisation's outcomes only, and never a candidate's id: not even of
   * candidates they met, since an id outlives the consent that revealed it (refs come with the
   * employer's part of the console). Nor may they ask by candidate id, which would tell whether one exists.
   */
  async list(actor: Principal, query: OutcomeQueryDto): Promise<Page<OutcomeView>> {
    if (actor.role !== 'employer') return toPage(await this.outcomes.findPage(query), query, OutcomeView.of);
    if (query.candidateId) throw problem('employer_outcome_by_candidate');
    const page = await this.outcomes.findPage({ ...query, organisationId: actor.organisationId ?? undefined });
    return toPage(page, query, (o) => ({ ...OutcomeView.of(o), candidateId: null }));
  }
}

const THE_MENTOR = { nb: 'mentoren', en: 'the mentor' };
const THE_OPENING = { nb: 'stillingen', en: 'the opening' };
const A_MENTOR = { nb: 'en mentor', en: 'a mentor' };
const AN_OPENING = { nb: 'en stilling', en: 'an opening' };
const A_MENTORSHIP = { nb: 'et mentorskap', en: 'a mentorship' };

/** Which of opening and mentor a type needs, and a time that is not in the future. */
function shapeErrors(dto: CreateOutcomeDto, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  if (MENTORSHIP_OUTCOMES.includes(dto.type)) {
    if (!dto.mentorId) errors.push(fieldError('mentorId', 'outcome_needs', { type: dto.type, what: THE_MENTOR }));
    if (dto.openingId) errors.push(fieldError('openingId', 'outcome_not_about', { type: dto.type, about: A_MENTORSHIP, what: AN_OPENING }));
  } else if (OPENING_OUTCOMES.includes(dto.type)) {
    if (!dto.openingId) errors.push(fieldError('openingId', 'outcome_needs', { type: dto.type, what: THE_OPENING }));
    if (dto.mentorId) errors.push(fieldError('mentorId', 'outcome_not_about', { type: dto.type, about: AN_OPENING, what: A_MENTOR }));
  } else if (Boolean(dto.openingId) === Boolean(dto.mentorId)) {
    errors.push(fieldError('openingId', 'declined_needs_target'));
  }
  if (new Date(dto.at).getTime() > now.getTime() + CLOCK_SKEW_MS) errors.push(fieldError('at', 'in_future'));
  return errors;
}
