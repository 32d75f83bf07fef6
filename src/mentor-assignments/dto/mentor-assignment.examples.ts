import type { ConfirmMentorAssignmentDto, CreateMentorAssignmentDto } from './mentor-assignment.dto';

export const CREATE_MENTOR_ASSIGNMENT: CreateMentorAssignmentDto = {
  candidateIds: ['3f1b6c8e-2d4a-4e7b-9c1d-5a6b7c8d9e0f', '4a2c6e8f-1b3d-4f5a-8c7e-9d0b2f4a6c8e'],
};

/** Confirms some of a plan's pairs; with no body, every pair is confirmed. */
export const CONFIRM_MENTOR_ASSIGNMENT: ConfirmMentorAssignmentDto = {
  pairs: [{ candidateId: '3f1b6c8e-2d4a-4e7b-9c1d-5a6b7c8d9e0f', mentorId: '6c4e8a0b-3d5f-4b7c-9e1a-2f4b6d8f0a3c' }],
};
