import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import type { MentorshipView } from '../../mentorships/dto/mentorship.dto';
import { ApiProperty } from '@nestjs/swagger';
import type { UnassignedReason } from '../entities/mentor-assignment.entity';
import type { HardRule } from '../../scoring/hard-rules';

/** One candidate–mentor pair, as a client names it. */
export class PairDto {
  @IsUUID('all')
  candidateId: string;

  @IsUUID('all')
  mentorId: string;
}

/**
 * Plans a cohort. To change a plan, plan again with the same candidates and say what to keep and
 * what to leave out: `fixedPairs` are kept as given (a swap: the candidate with the mentor you
 * picked), `excludedPairs` are never proposed (a removed pair); everyone else is planned anew,
 * optimally around them. Each plan is a new assignment with its own id.
 */
export class CreateMentorAssignmentDto {
  /** The cohort: up to 2,000 candidates. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  candidateIds: string[];

  /** The mentors to draw on; by default every active mentor with a free place. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  mentorIds?: string[];

  /** Pairs kept as given: each candidate of the cohort at most once, each pair passing the hard rules and the mentor's free places. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => PairDto)
  fixedPairs?: PairDto[];

  /** Pairs never proposed in this plan (the ones you removed); their candidates are planned with other mentors. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20000)
  @ValidateNested({ each: true })
  @Type(() => PairDto)
  excludedPairs?: PairDto[];
}

/** Which of the plan's pairs to create; all of them when left out. */
export class ConfirmMentorAssignmentDto {
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => PairDto)
  pairs?: PairDto[];
}

export class PairAlternativeView {
  mentorId: string;
  mentorName: string;
  score: number;
}

export class PlannedPairView {
  candidateId: string;
  /** The candidate's name: a plan holds only candidates the caller may see. */
  candidateName: string;
  mentorId: string;
  mentorName: string;
  score: number;
  /** Kept as given in fixedPairs. */
  fixed: boolean;
  /** Why the pair fits: the reason texts a mentor ranking gives, in the request's language. */
  reasons: string[];
  /** Other mentors that fit this candidate, best first: what a swap can pick from. */
  alternatives: PairAlternativeView[];
}

export class UnassignedRuleView {
  @ApiProperty({ type: String })
  rule: HardRule;
  /** The rule in words, in the request's language. */
  reason: string;
  /** How many of the mentors it left out. */
  mentors: number;
}

export class UnassignedCandidateView {
  candidateId: string;
  candidateName: string;
  @ApiProperty({ enum: ['no_eligible_mentor', 'mentors_taken', 'mentors_removed', 'already_in_mentorship', 'no_consent_matching'] })
  reason: UnassignedReason;
  /** Why, in the request's language. */
  detail: string;
  /** For no_eligible_mentor: the hard rules that left the mentors out, the commonest first. */
  rules: UnassignedRuleView[];
  /** Mentors that fit but whose places went to better pairs (mentors_taken). */
  alternatives: PairAlternativeView[];
}

export class LostPairView {
  candidateId: string;
  candidateName: string;
  mentorId: string;
  mentorName: string;
  /** The problem code that stopped it (mentor_full, already_in_mentorship, a hard rule …). */
  code: string;
  /** Why, in the request's language. */
  reason: string;
}

export class ConfirmationView {
  /** The mentorships created, by id. */
  created: string[];
  /** The pairs asked for that lost their place meanwhile: not created. */
  lost: LostPairView[];
}

export class MentorAssignmentView {
  id: string;
  status: 'proposed' | 'confirmed';
  weightProfile: { id: string; version: number };
  assignments: PlannedPairView[];
  unassigned: UnassignedCandidateView[];
  /** The sum of the assigned pairs' scores: what the assignment maximises. */
  total: number;
  createdAt: Date;
  /** Once confirmed: what was created and what was not. */
  confirmation?: ConfirmationView;
  /** The mentorships the confirm call created (only in its answer). */
  mentorships?: MentorshipView[];
}
