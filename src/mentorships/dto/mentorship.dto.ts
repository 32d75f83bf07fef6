import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../common/dto/pagination.dto';
import { MentorAnswer, Mentorship, MENTORSHIP_STATUSES, MentorshipStatus } from '../entities/mentorship.entity';

export class CreateMentorshipDto {
  @IsUUID()
  candidateId: string;

  @IsUUID()
  mentorId: string;
}

export class UpdateMentorshipDto {
  @IsIn(['active', 'completed', 'ended'])
  status: 'active' | 'completed' | 'ended';

  /** Why it ended: required when ending. */
  @ValidateIf((o: UpdateMentorshipDto) => o.status === 'ended' || o.endReason !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  endReason?: string;

  /** The version you saw, unless sent as If-Match: one of the two is required, and a stale one is 409. */
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class MentorshipQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID()
  candidateId?: string;

  @IsOptional()
  @IsUUID()
  mentorId?: string;

  @IsOptional()
  @IsIn(MENTORSHIP_STATUSES)
  status?: MentorshipStatus;
}

export class MentorshipView {
  id: string;
  candidateId: string;
  mentorId: string;
  /** The candidate's and the mentor's full names (lists and single reads; not in cohort confirmations). */
  candidateName?: string;
  mentorName?: string;
  status: MentorshipStatus;
  endReason: string | null;
  /** What the mentor answered through the e-mailed link; null while unanswered (or answered by the coordinator). */
  mentorAnswer: MentorAnswer | null;
  mentorAnsweredAt: Date | null;
  version: number;
  createdAt: Date;
  /** When it became active. */
  startedAt: Date | null;
  /** When it was completed or ended. */
  endedAt: Date | null;
  updatedAt: Date;

  static of(m: Mentorship, names?: { candidateName: string; mentorName: string }): MentorshipView {
    return {
      id: m.id,
      candidateId: m.candidateId,
      mentorId: m.mentorId,
      ...(names ?? {}),
      status: m.status,
      endReason: m.endReason,
      mentorAnswer: m.mentorAnswer,
      mentorAnsweredAt: m.mentorAnsweredAt,
      version: m.version,
      createdAt: m.createdAt,
      startedAt: m.startedAt,
      endedAt: m.endedAt,
      updatedAt: m.updatedAt,
    };
  }
}
