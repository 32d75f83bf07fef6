import type { MentorshipStatus } from './entities/mentorship.entity';

/** Where a mentorship may go from each state; completed and ended are final. */
export const TRANSITIONS: Record<MentorshipStatus, MentorshipStatus[]> = {
  proposed: ['active', 'ended'],
  active: ['completed', 'ended'],
  completed: [],
  ended: [],
};

export const canMove = (from: MentorshipStatus, to: MentorshipStatus): boolean => TRANSITIONS[from].includes(to);
