import { createHash } from 'node:crypto';
import { candidateAccess } from '../candidates/candidate-access';
import { CandidateGate } from '../candidates/candidate-gate';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/principal';
import { CandidateView } from '../candidates/dto/candidate.view';
import type { Candidate } from '../candidates/entities/candidate.entity';
import { Clock } from '../common/clock';
import { Page, toPage } from '../common/dto/pagination.dto';
import { fieldError, invalid, Problem, problem } from '../common/problems';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MatchingService } from '../matching/matching.service';
import type { OutcomeType } from '../outcomes/entities/outcome.entity';
import { OutcomesRepository } from '../outcomes/outcomes.repository';
import { Outbox } from '../outbox/outbox';
import { Actor, CaseState, decide, Side, waitingOn } from './case-states';
import { deadlineFor } from './deadlines';
import { CaseQueryDto, CaseSummary, CaseView, CreateCaseDto, TransitionDto, TransitionView } from './dto/case.dto';
import type { HurtigsporCase } from './entities/hurtigspor-case.entity';
import { HurtigsporRepository } from './hurtigspor.repository';
import type { Text } from '../common/language';
import type { OpeningStatus } from '../openings/entities/opening.entity';

const RESOURCE = 'hurtigspor_case';
const AGGREGATE = 'hurtigspor_case';

/** The outcome a step implies, for the employer record the praksis ranking reads. */
function outcomeOf(to: CaseState, dto: TransitionDto, side: Actor): OutcomeType | null {
  switch (to) {
    case 'interview':
      return 'interviewed';
    case 'praksis':
      return 'praksis_started';
    case 'hired':
      return 'hired';
    case 'closed':
      // Only the employer's own word counts against its record.
      return dto.reason === 'employer_declined' && side === 'employer' ? 'declined' : null;
    case 'mapped':
    case 'referred':
    case 'employer_review':
      return null;
  }
}

/** Ids only: events leave the service through webhooks, so they carry no personal data and no free text. */
const eventIds = (c: HurtigsporCase) => ({
  caseId: c.id,
  needId: c.needId,
  openingId: c.openingId,
  employerOrganisationId: c.employerOrganisationId,
  careerCentreOrganisationId: c.careerCentreOrganisationId,
});

const NOT_SHOWN: Pick<CaseView, 'candidateView' | 'candidate' | 'identity'> = { candidateView: 'none', candidate: null, identity: null };

/** Until the interview reveals the candidate, the employer sees no free text from the other side: it may name them. */
const employerBeforeReveal = (actor: Principal, c: HurtigsporCase): boolean => actor.role === 'employer' && !c.revealedAt;

/** A valid Idempotency-Key: 1–200 visible ASCII characters. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

const OPENING_STATUS_NAMES: Record<OpeningStatus, Text> = {
  open: { nb: 'åpen', en: 'open' },
  filled: { nb: 'besatt', en: 'filled' },
  closed: { nb: 'lukket', en: 'closed' },
};

@Injectable()
export class HurtigsporCasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: HurtigsporRepository,
    private readonly matching: MatchingService,
    private readonly outcomes: OutcomesRepository,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly gate: CandidateGate,
  ) {}

  /** A career centre puts a mapped candidate on the hurtigspor towards an employer's need or opening. */
  async create(actor: Principal, dto: CreateCaseDto): Promise<CaseSummary> {
    if ((dto.needId === undefined) === (dto.openingId === undefined)) {
      throw invalid([fieldError('needId', 'one_of_need_or_opening')]);
    }
    const target = await this.target(dto);
    await this.gate.assertSeesRecord(actor, dto.candidateId);
    const created = await this.dataSource.transaction(async (manager) => {
      const candidate = await this.repository.findCandidate(manager, dto.candidateId);
      if (!candidate) throw Problem.notFound('candidate', dto.candidateId);
      const now = this.clock.now();
      const inserted = await this.repository.insertCase(manager, {
        candidateId: candidate.id,
        ...target,
        careerCentreOrganisationId: actor.organisationId!,
        state: 'mapped',
        version: 1,
        stateEnteredAt: now,
        deadlineAt: deadlineFor('mapped', now, null, this.config.hurtigspor.deadlineDays),
        waitingOn: waitingOn('mapped', []),
        hireConfirmations: [],
        closeReason: null,
        closeNote: null,
        revealedAt: null,
        createdByKeyId: actor.keyId,
        createdAt: now,
        updatedAt: now,
      });
      if (!inserted) throw problem('open_case_exists');
      await this.repository.insertTransition(manager, {
        caseId: inserted.id,
        version: 1,
        kind: 'created',
        fromState: null,
        toState: 'mapped',
        side: 'career_centre',
        actorKeyId: actor.keyId,
        actorRole: actor.role,
        actorOrganisationId: actor.organisationId,
        note: null,
        closeReason: null,
        at: now,
      });
      await this.outbox.publish(manager, {
        type: 'hurtigspor.case.created',
        aggregateType: AGGREGATE,
        aggregateId: inserted.id,
        payload: { ...eventIds(inserted), state: 'mapped', version: 1, at: now.toISOString() },
      });
      await this.audit.record(manager, actor, {
        action: `${RESOURCE}.create`,
        resourceType: RESOURCE,
        resourceId: inserted.id,
        details: { candidateId: candidate.id, needId: inserted.needId, openingId: inserted.openingId },
      });
      return inserted;
    });
    return this.summary(actor, created, this.clock.now());
  }

  /**
   * One step of a case, all or nothing: the case row is locked, the version checked, and the new
   * state, its history row, its event, the outcome it implies and the audit rows commit together.
   * With an Idempotency-Key, a repeat of the same request answers the first response.
   */
  async transition(actor: Principal, id: string, dto: TransitionDto, idempotencyKey?: string): Promise<CaseSummary> {
    if (dto.reason !== undefined && dto.to !== 'closed') {
      throw invalid([fieldError('reason', 'reason_only_when_closing')]);
    }
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw invalid([fieldError('Idempotency-Key', 'idempotency_key_invalid')]);
    }
    return this.dataSource.transaction(async (manager) => {
      const caller = actor.keyId ?? 'bootstrap-admin';
      const fingerprint = createHash('sha256')
        .update(JSON.stringify([id, dto.to, dto.expectedVersion, dto.note ?? null, dto.reason ?? null]))
        .digest('hex');
      if (idempotencyKey !== undefined) {
        const stored = await this.repository.claimIdempotencyKey(manager, caller, idempotencyKey, fingerprint);
        if (stored) {
          if (stored.fingerprint !== fingerprint) {
            throw problem('idempotency_key_reused');
          }
          return stored.body as CaseSummary;
        }
      }
      const summary = await this.step(manager, actor, id, dto);
      if (idempotencyKey !== undefined) await this.repository.storeIdempotentResponse(manager, caller, idempotencyKey, 200, summary);
      return summary;
    });
  }

  private async step(manager: EntityManager, actor: Principal, id: string, dto: TransitionDto): Promise<CaseSummary> {
    const current = await this.repository.lockCase(manager, id);
    if (!current) throw Problem.notFound('case', id);
    const side = this.sideOf(actor, current);
    if (dto.expectedVersion !== current.version) {
      throw problem('case_version_stale', { seen: dto.expectedVersion, current: current.version });
    }
    const decision = decide(current.state, dto.to, side, current.hireConfirmations.map((h) => h.side));
    if (decision.kind === 'refused') throw decision.problem;
    if (dto.to !== 'closed') await this.assertCandidateMayGo(manager, current, dto.to);

    const now = this.clock.now();
    const days = this.config.hurtigspor.deadlineDays;
    const moves = decision.kind === 'move';
    const confirmingSide = side as Side; // `confirm` is only ever decided for a side
    const patch: Partial<HurtigsporCase> = moves
      ? {
          state: dto.to,
          stateEnteredAt: now,
          hireConfirmations: [],
          waitingOn: waitingOn(dto.to, []),
          deadlineAt: deadlineFor(dto.to, now, null, days),
          ...(dto.to === 'closed' ? { closeReason: dto.reason!, closeNote: dto.note ?? null } : {}),
          ...(dto.to === 'interview' && !current.revealedAt ? { revealedAt: now } : {}),
          updatedAt: now,
        }
      : {
          hireConfirmations: [...current.hireConfirmations, { side: confirmingSide, at: now.toISOString() }],
          waitingOn: waitingOn(current.state, [confirmingSide]),
          deadlineAt: deadlineFor(current.state, current.stateEnteredAt, { side: confirmingSide, at: now }, days),
          updatedAt: now,
        };
    const updated = await this.repository.updateCase(manager, id, current.version, patch);
    if (!updated) throw problem('changed_meanwhile');

    await this.repository.insertTransition(manager, {
      caseId: id,
      version: updated.version,
      kind: moves ? 'transition' : 'confirmation',
      fromState: current.state,
      toState: dto.to,
      side,
      actorKeyId: actor.keyId,
      actorRole: actor.role,
      actorOrganisationId: actor.organisationId,
      note: dto.note ?? null,
      closeReason: dto.to === 'closed' ? dto.reason! : null,
      at: now,
    });
    await this.outbox.publish(manager, {
      type: moves ? 'hurtigspor.case.transitioned' : 'hurtigspor.case.hire_confirmed',
      aggregateType: AGGREGATE,
      aggregateId: id,
      payload: moves
        ? { ...eventIds(updated), from: current.state, to: dto.to, version: updated.version, at: now.toISOString(), by: side, closeReason: updated.closeReason }
        : { ...eventIds(updated), state: current.state, confirmedBy: side, waitingOn: updated.waitingOn, version: updated.version, at: now.toISOString() },
    });
    const outcome = moves ? outcomeOf(dto.to, dto, side) : null;
    if (outcome && current.candidateId) {
      await this.outcomes.record(manager, actor, {
        type: outcome,
        candidateId: current.candidateId,
        openingId: current.openingId,
        organisationId: current.employerOrganisationId,
        caseId: id,
        reason: dto.to === 'closed' ? dto.reason : null,
        at: now,
      });
    }
    await this.audit.record(manager, actor, {
      action: `${RESOURCE}.transition`,
      resourceType: RESOURCE,
      resourceId: id,
      details: { from: current.state, to: dto.to, kind: moves ? 'transition' : 'confirmation', version: updated.version },
    });
    if (patch.revealedAt && current.candidateId) {
      // The employer learns who the candidate is: once per case, when it commits to an interview.
      await this.audit.record(manager, actor, {
        action: 'candidate.reveal',
        resourceType: 'candidate',
        resourceId: current.candidateId,
        details: { caseId: id, employerOrganisationId: current.employerOrganisationId },
      });
    }
    return this.summary(actor, updated, now);
  }

  /** The employer sees a candidate only with consent to share; a deleted candidate can only be closed out. */
  private async assertCandidateMayGo(manager: EntityManager, c: HurtigsporCase, to: CaseState): Promise<void> {
    const candidate = c.candidateId ? await this.repository.findCandidate(manager, c.candidateId) : null;
    if (!candidate) throw problem('candidate_deleted');
    if ((to === 'referred' || to === 'interview') && !candidate.consent.shareWithEmployers) {
      throw problem('consent_missing', { consent: { nb: 'deling med arbeidsgivere', en: 'sharing with employers' } });
    }
  }

  async get(actor: Principal, id: string): Promise<CaseView> {
    const c = await this.repository.findCase(id);
    if (!c) throw Problem.notFound('case', id);
    this.sideOf(actor, c);
    const candidate = c.candidateId ? await this.repository.findCandidate(this.dataSource.manager, c.candidateId) : null;
    const history = await this.repository.history(id);
    // The employer meets the candidate when the career centre refers them, not before.
    const referred = history.some((t) => t.toState === 'referred');
    const shown = actor.role === 'employer' && !referred ? NOT_SHOWN : await this.candidateFor(actor, c, candidate);
    if (candidate && shown.candidateView !== 'none') {
      await this.audit.record(this.dataSource.manager, actor, {
        action: 'candidate.read',
        resourceType: 'candidate',
        resourceId: candidate.id,
        details: { caseId: id, view: shown.candidateView },
      });
    }
    const hideOthersNotes = employerBeforeReveal(actor, c);
    return {
      ...this.summary(actor, c, this.clock.now()),
      ...shown,
      history: history.map((t) => ({ ...TransitionView.of(t), note: hideOthersNotes && t.side !== 'employer' ? null : t.note })),
    };
  }

  /**
   * What the caller sees of the case's candidate, by candidate-access.ts: the career centre and
   * admins the record, the employer the shortlist form until the interview, then also who it is
   * (and nothing without the candidate's consent to be shown to employers).
   */
  private async candidateFor(actor: Principal, c: HurtigsporCase, candidate: Candidate | null): Promise<Pick<CaseView, 'candidateView' | 'candidate' | 'identity'>> {
    if (!candidate) return NOT_SHOWN;
    const scope = await this.gate.scopeOf(candidate.id);
    if (!scope) return NOT_SHOWN;
    const party = actor.organisationId !== null && (actor.organisationId === c.employerOrganisationId || actor.organisationId === c.careerCentreOrganisationId);
    const access = candidateAccess(actor, scope, { kind: 'case', party, revealed: c.revealedAt !== null });
    switch (access) {
      case 'none':
        return NOT_SHOWN;
      case 'full':
        return { candidateView: 'full', candidate: CandidateView.of(candidate), identity: null };
      case 'anonymous':
        return { candidateView: 'anonymous', candidate: await this.matching.anonymousFor(c.employerOrganisationId, candidate), identity: null };
      case 'identified':
        return {
          candidateView: 'identified',
          candidate: await this.matching.anonymousFor(c.employerOrganisationId, candidate),
          identity: {
            id: candidate.id,
            fullName: candidate.fullName,
            birthYear: candidate.birthYear,
            gender: candidate.gender,
            countryOfOrigin: candidate.countryOfOrigin,
          },
        };
    }
  }

  async list(actor: Principal, query: CaseQueryDto): Promise<Page<CaseSummary>> {
    const now = this.clock.now();
    const organisationId = actor.role === 'admin' ? undefined : actor.organisationId!;
    return toPage(await this.repository.findCasesPage({ ...query, organisationId }), query, (c) => this.summary(actor, c, now));
  }

  /** The open cases waiting on the caller's organisation (every open case for an admin): overdue first, then by deadline. */
  async tasks(actor: Principal, query: { limit: number; page: number }): Promise<Page<CaseSummary>> {
    const now = this.clock.now();
    const organisationId = actor.role === 'admin' ? undefined : actor.organisationId!;
    return toPage(await this.repository.findTasks({ ...query, organisationId, now }), query, (c) => this.summary(actor, c, now));
  }

  private summary(actor: Principal, c: HurtigsporCase, now: Date): CaseSummary {
    return CaseSummary.of(c, now, employerBeforeReveal(actor, c));
  }

  /** Which side of the case the caller is on; 403 for anyone else. */
  private sideOf(actor: Principal, c: HurtigsporCase): Actor {
    if (actor.role === 'admin') return 'operator';
    if (actor.role === 'employer' && actor.organisationId === c.employerOrganisationId) return 'employer';
    if (actor.role === 'career_centre' && actor.organisationId === c.careerCentreOrganisationId) return 'career_centre';
    throw problem('case_other_organisations');
  }

  /** The need or opening a new case points at, and the employer behind it. */
  private async target(dto: CreateCaseDto): Promise<Pick<HurtigsporCase, 'needId' | 'openingId' | 'employerOrganisationId'>> {
    if (dto.needId) {
      const need = await this.repository.findNeed(dto.needId);
      if (!need) throw Problem.notFound('need', dto.needId);
      return { needId: need.id, openingId: need.openingId, employerOrganisationId: need.organisationId };
    }
    const opening = await this.repository.findOpening(dto.openingId!);
    if (!opening) throw Problem.notFound('opening', dto.openingId!);
    if (opening.status !== 'open') throw problem('opening_not_open', { status: OPENING_STATUS_NAMES[opening.status] });
    return { needId: null, openingId: opening.id, employerOrganisationId: opening.organisationId };
  }
}
