import type { CreateMentorDto, UpdateMentorDto } from './mentor.dto';

export const CREATE_MENTOR: CreateMentorDto = {
  fullName: 'Kari Nordmann',
  gender: 'female',
  municipalityCode: '1515',
  occupation: { title: 'Helsefagarbeider', code: '5322' },
  employerName: 'Herøy kommune',
  languages: [{ code: 'nb', level: 'native' }],
  skills: [{ label: 'personlig pleie', evidence: 'verified' }],
  interests: ['fjellturer', 'strikking'],
  bio: 'Har bodd i Herøy hele livet og kjenner arbeidslivet i helsesektoren.',
  mentorType: 'fagmentor',
  capacity: 2,
  menteeGender: 'female',
};

export const UPDATE_MENTOR: UpdateMentorDto = { capacity: 3, interests: ['fjellturer', 'strikking', 'kor'], version: 1 };
