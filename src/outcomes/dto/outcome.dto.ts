import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/dto/pagination.dto';
import { Outcome, OUTCOME_TYPES, OutcomeType } from '../entities/outcome.entity';

/**
 * A mentorship outcome names a mentor; shortlisted, interviewed, praksis_started and hired name
 * an opening (praksis_started a praksis one); declined names either. Employers report for their
 * own openings only.
 */
export class CreateOutcomeDto {
  @IsIn(OUTCOME_TYPES)
  type: OutcomeType;

  /** Why, in a few words (especially for declined and mentorship_ended_early). */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;

  @IsUUID()
  candidateId: string;

  @IsOptional()
  @IsUUID()
  openingId?: string;

  @IsOptional()
  @IsUUID()
  mentorId?: string;

  /** When it happened: an ISO 8601 date or date-time, not in the future. */
  @IsISO8601({ strict: true })
  at: string;
}

export class OutcomeQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID()
  candidateId?: string;

  @IsOptional()
  @IsUUID()
  openingId?: string;

  @IsOptional()
  @IsUUID()
  mentorId?: string;

  @IsOptional()
  @IsIn(OUTCOME_TYPES)
  type?: OutcomeType;
}

export class OutcomeView {
  id: string;
  type: OutcomeType;
  reason: string | null;
  candidateId: string | null;
  openingId: string | null;
  organisationId: string | null;
  mentorId: string | null;
  at: Date;
  recordedByKeyId: string | null;
  createdAt: Date;

  static of(o: Outcome): OutcomeView {
    return {
      id: o.id,
      type: o.type,
      reason: o.reason,
      candidateId: o.candidateId,
      openingId: o.openingId,
      organisationId: o.organisationId,
      mentorId: o.mentorId,
      at: o.at,
      recordedByKeyId: o.recordedByKeyId,
      createdAt: o.createdAt,
    };
  }
}
