import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { MentorAnswer, MentorshipStatus } from '../entities/mentorship.entity';

export class AnswerMentorshipDto {
  @IsIn(['accept', 'decline'])
  answer: 'accept' | 'decline';

  /** Why not, if the mentor wants to say (only with `decline`). */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

/**
 * What the mentor sees through the link: who asks and the candidate's first name, never the
 * candidate's record. `answer` is set once answered (the link then only says so).
 */
export class MentorshipProposalView {
  mentorshipId: string;
  status: MentorshipStatus;
  /** Whether the proposal can still be answered. */
  open: boolean;
  answer: MentorAnswer | null;
  answeredAt: Date | null;
  expiresAt: Date;
  mentorName: string;
  candidateFirstName: string;
  organisationName: string | null;
  contact: { name: string; email: string } | null;
}
