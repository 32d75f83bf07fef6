import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { CandidateView } from '../../candidates/dto/candidate.view';
import { PageQueryDto } from '../../common/dto/pagination.dto';
import { OutcomeWindowDto } from '../../weight-tuning/dto/tuning.dto';
import { AnonymousCandidate } from '../../matching/dto/match.dto';
import { CASE_STATES, CaseState, CLOSE_REASONS, CloseReason, EdgeOwner, edgesFrom, WaitingOn } from '../case-states';
import type { CaseTransition, TransitionKind, TransitionSide } from '../entities/case-transition.entity';
import type { HireConfirmation, HurtigsporCase } from '../entities/hurtigspor-case.entity';
import { expects } from '../../common/validation';

/** A candidate towards a need or an opening: exactly one of the two. */
export class CreateCaseDto {
  @IsUUID()
  candidateId: string;

  @ValidateIf((o: CreateCaseDto) => o.openingId === undefined || o.needId !== undefined)
  @IsUUID()
  needId?: string;

  @ValidateIf((o: CreateCaseDto) => o.needId === undefined || o.openingId !== undefined)
  @IsUUID()
  openingId?: string;
}

export class TransitionDto {
  @ApiProperty({ enum: CASE_STATES.filter((s) => s !== 'mapped') })
  @IsIn(CASE_STATES.filter((s) => s !== 'mapped'))
  to: Exclude<CaseState, 'mapped'>;

  /** The case's version you last saw; a stale one is 409. */
  @IsInt()
  @Min(1)
  expectedVersion: number;

  /**
   * Shown in the history; the employer sees the other side's notes only once the candidate is
   * revealed (a note may name the candidate). Required when closing with reason `other`.
   */
  @ValidateIf((o: TransitionDto) => o.note !== undefined || o.reason === 'other')
  @IsString()
  @IsNotEmpty({ message: expects('required_when', { other: 'reason', value: 'other' }) })
  @MaxLength(2000)
  note?: string;

  /** Why the case closes: required with `to: closed`, not allowed otherwise. */
  @ApiPropertyOptional({ enum: CLOSE_REASONS })
  @ValidateIf((o: TransitionDto) => o.to === 'closed' || o.reason !== undefined)
  @IsIn(CLOSE_REASONS, { message: expects('required_when', { other: 'to', value: 'closed' }) })
  reason?: CloseReason;
}

export class CaseQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(CASE_STATES)
  state?: CaseState;
}

/**
 * The window of the metrics: the cases created from `from` to `to` (ISO 8601; a date is a whole
 * day in Norwegian time, both ends included). The same shape as the outcome window of weight tuning.
 */
export class MetricsQueryDto extends OutcomeWindowDto {}

export class HireConfirmationView implements HireConfirmation {
  @ApiProperty({ enum: ['employer', 'career_centre'] })
  side: HireConfirmation['side'];
  /** ISO instant. */
  at: string;
}

/** A case without its candidate: what transitions answer and task lists show. No personal data. */
export class CaseSummary {
  id: string;
  state: CaseState;
  version: number;
  needId: string | null;
  openingId: string | null;
  employerOrganisationId: string;
  careerCentreOrganisationId: string;
  stateEnteredAt: Date;
  /** When the current step is due: end of a working day in Norway. Null once hired or closed. */
  deadlineAt: Date | null;
  overdue: boolean;
  waitingOn: WaitingOn | null;
  /** Who has confirmed the hire so far (both are needed). */
  hireConfirmations: HireConfirmationView[];
  closeReason: CloseReason | null;
  closeNote: string | null;
  /** Where the case may go next, and whose decision each step is. */
  nextSteps: { to: CaseState; by: EdgeOwner }[];
  createdAt: Date;
  updatedAt: Date;

  /** `employerBeforeReveal`: the viewer is the employer and the candidate is not yet revealed, so no free text from the other side. */
  static of(c: HurtigsporCase, now: Date, employerBeforeReveal = false): CaseSummary {
    return {
      id: c.id,
      state: c.state,
      version: c.version,
      needId: c.needId,
      openingId: c.openingId,
      employerOrganisationId: c.employerOrganisationId,
      careerCentreOrganisationId: c.careerCentreOrganisationId,
      stateEnteredAt: c.stateEnteredAt,
      deadlineAt: c.deadlineAt,
      overdue: c.deadlineAt !== null && c.deadlineAt.getTime() < now.getTime(),
      waitingOn: c.waitingOn,
      hireConfirmations: c.hireConfirmations,
      closeReason: c.closeReason,
      closeNote: employerBeforeReveal ? null : c.closeNote,
      nextSteps: edgesFrom(c.state).map((e) => ({ to: e.to, by: e.by })),
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    };
  }
}

export class TransitionView {
  version: number;
  kind: TransitionKind;
  from: CaseState | null;
  to: CaseState;
  side: TransitionSide | null;
  actorRole: string;
  actorOrganisationId: string | null;
  note: string | null;
  closeReason: CloseReason | null;
  at: Date;

  static of(t: CaseTransition): TransitionView {
    return {
      version: t.version,
      kind: t.kind,
      from: t.fromState,
      to: t.toState,
      side: t.side,
      actorRole: t.actorRole,
      actorOrganisationId: t.actorOrganisationId,
      note: t.note,
      closeReason: t.closeReason,
      at: t.at,
    };
  }
}

/** Who the candidate is, shown to the employer from the interview on. */
export class CandidateIdentity {
  id: string;
  fullName: string;
  birthYear: number | null;
  gender: string | null;
  countryOfOrigin: string | null;
}

@ApiExtraModels(AnonymousCandidate, CandidateView)
export class CaseView extends CaseSummary {
  /**
   * `anonymous`: an employer before the interview sees the shortlist form (`candidate`, no identity);
   * `identified`: from the interview on it also sees `identity`; `full`: career centres and admins
   * see the whole candidate; `none`: the candidate's record is gone or, for an employer, consent to share was withdrawn.
   */
  candidateView: 'anonymous' | 'identified' | 'full' | 'none';
  @ApiProperty({
    nullable: true,
    oneOf: [{ $ref: getSchemaPath(AnonymousCandidate) }, { $ref: getSchemaPath(CandidateView) }],
    description: 'AnonymousCandidate (`anonymous`, `identified`), CandidateView (`full`), null (`none`).',
  })
  candidate: AnonymousCandidate | CandidateView | null;
  identity: CandidateIdentity | null;
  history: TransitionView[];
}
