import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, IsUUID } from 'class-validator';
import type { MentorshipView } from '../../mentorships/dto/mentorship.dto';
import { ApiProperty } from '@nestjs/swagger';
import type { PlannedPair, UnassignedCandidate } from '../entities/mentor-assignment.entity';

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
}

export class PlannedPairView implements PlannedPair {
  candidateId: string;
  mentorId: string;
  score: number;
}

export class UnassignedCandidateView implements UnassignedCandidate {
  candidateId: string;
  @ApiProperty({ enum: ['no_eligible_mentor', 'mentors_taken', 'already_in_mentorship', 'no_consent_matching'] })
  reason: UnassignedCandidate['reason'];
  detail: string;
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
  mentorships?: MentorshipView[];
}
