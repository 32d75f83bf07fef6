import type { CreateOutcomeDto } from './outcome.dto';

export const CREATE_OUTCOME: CreateOutcomeDto = {
  type: 'hired',
  candidateId: '3f1b6c8e-2d4a-4e7b-9c1d-5a6b7c8d9e0f',
  openingId: '6b5a4f3e-2d1c-4b0a-9f8e-7d6c5b4a3f2e',
  at: '2024-11-01',
};
