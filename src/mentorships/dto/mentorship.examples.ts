import type { CreateMentorshipDto, UpdateMentorshipDto } from './mentorship.dto';

export const CREATE_MENTORSHIP: CreateMentorshipDto = {
  candidateId: '3f1b6c8e-2d4a-4e7b-9c1d-5a6b7c8d9e0f',
  mentorId: '9d8c7b6a-5f4e-4d3c-b2a1-0f9e8d7c6b5a',
};

export const UPDATE_MENTORSHIP: UpdateMentorshipDto = { status: 'active', version: 1 };
