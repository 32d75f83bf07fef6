import type { CreateCaseDto, TransitionDto } from './case.dto';
import type { CreateNeedDto } from './need.dto';

export const CREATE_NEED: CreateNeedDto = {
  occupationCode: '5322',
  count: 3,
  municipalityCode: '1515',
  timeframe: { from: '2027-01-04', to: '2027-06-30' },
};

export const CREATE_CASE: CreateCaseDto = {
  candidateId: '3f1b6c8e-2d4a-4e7b-9c1d-5a6b7c8d9e0f',
  needId: '7a2c4e6f-8b1d-4f3a-a5c7-9e1b3d5f7a9c',
};

export const TRANSITION: TransitionDto = { to: 'referred', expectedVersion: 1, note: 'Kartlagt sveiser, B1 muntlig, klar for praksis.' };
