import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../common/dto/pagination.dto';
import { Mentorship, MENTORSHIP_STATUSES, MentorshipStatus } from '../entities/mentorship.entity';

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
  status: MentorshipStatus;
  endReason: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;

  static of(m: Mentorship): MentorshipView {
    return {
      id: m.id,
      candidateId: m.candidateId,
      mentorId: m.mentorId,
      status: m.status,
      endReason: m.endReason,
      version: m.version,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
    };
  }
}
