import type { CreateCandidateDto, ShareCandidateDto, UpdateCandidateDto } from './candidate.dto';

export const CREATE_CANDIDATE: CreateCandidateDto = {
  fullName: 'Amina Yusuf',
  birthYear: 1990,
  gender: 'female',
  municipalityCode: '4601',
  countryOfOrigin: 'SO',
  languages: [
    { code: 'so', level: 'native' },
    { code: 'en', level: 'B2' },
    { code: 'nb', level: 'A2' },
  ],
  education: [{ level: 'vocational', field: 'Helsefag', country: 'SO', recognition: 'pending' }],
  experience: [{ title: 'Helsefagarbeider', occupationCode: '5322', years: 4, description: 'Pleie og omsorg på sykehus i Mogadishu' }],
  skills: [{ label: 'personlig pleie', evidence: 'self_reported', years: 4 }],
  interests: ['fjellturer', 'matlaging'],
  desiredOccupations: ['5322'],
  desiredOccupationTexts: ['Omsorgsarbeider'],
  goals: 'Fast jobb som helsefagarbeider i Bergen',
  preferences: { mentorGender: 'female', maxTravelKm: 30 },
  consent: { matching: true, shareWithEmployers: true },
};

export const UPDATE_CANDIDATE: UpdateCandidateDto = {
  languages: [
    { code: 'so', level: 'native' },
    { code: 'nb', level: 'B1' },
  ],
  goals: 'Praksis på sykehjem, deretter fast jobb som helsefagarbeider',
  version: 1,
};

/** Shares with a kommune (its id). */
export const SHARE_CANDIDATE: ShareCandidateDto = { organisationId: '5b3d7f9a-2c4e-4a6b-8d0f-1e3a5c7e9b2d' };
