import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, IsUUID } from 'class-validator';
import type { MentorshipView } from '../../mentorships/dto/mentorship.dto';
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

export class MentorAssignmentView {
  id: string;
  status: 'proposed' | 'confirmed';
  weightProfile: { id: string; version: number };
  assignments: PlannedPair[];
  unassigned: UnassignedCandidate[];
  /** The sum of the assigned pairs' scores: what the assignment maximises. */
  total: number;
  createdAt: Date;
  mentorships?: MentorshipView[];
}
