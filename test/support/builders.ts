import { unique } from './test-app';

/** A valid candidate payload; override what the test is about. */
export function aCandidate(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    fullName: `Amina Yusuf ${unique()}`,
    birthYear: 1990,
    gender: 'female',
    municipalityCode: '4601',
    countryOfOrigin: 'SO',
    languages: [
      { code: 'so', level: 'native' },
      { code: 'nb', level: 'A2' },
    ],
    education: [{ level: 'bachelor', field: 'Økonomi', country: 'SO', recognition: 'pending' }],
    experience: [{ title: 'Regnskapsmedarbeider', occupationCode: '3313', years: 4, description: 'Bokføring og lønn' }],
    skills: [{ label: 'regnskap', evidence: 'mapped' }],
    interests: ['fjellturer', 'matlaging'],
    desiredOccupations: ['2411'],
    goals: 'Jobbe som regnskapsfører i Bergen',
    preferences: { mentorGender: 'female', maxTravelKm: 30 },
    consent: { matching: true, shareWithEmployers: true },
    ...overrides,
  };
}

export function aMentor(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    fullName: `Kari Nordmann ${unique()}`,
    gender: 'female',
    municipalityCode: '1515',
    occupation: { title: 'Sykepleier', code: '2223' },
    employerName: 'Herøy kommune',
    languages: [{ code: 'nb', level: 'native' }],
    skills: [{ label: 'personlig pleie', evidence: 'verified' }],
    interests: ['fjellturer', 'strikking'],
    bio: 'Har bodd i Herøy hele livet og kjenner arbeidslivet i helsesektoren.',
    mentorType: 'fagmentor',
    capacity: 2,
    menteeGender: 'female',
    ...overrides,
  };
}

export function anOpening(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'praksis',
    title: `Sveiser, praksis ${unique()}`,
    description: 'Praksisplass på verft med mål om fast jobb.',
    occupationCode: '7212',
    municipalityCode: '1516',
    requiredSkills: [
      { label: 'sveisesertifikat', mustHave: true },
      { label: 'TIG-sveising', mustHave: false },
    ],
    minNorwegianLevel: 'A2',
    permanent: false,
    hoursPerWeek: 37.5,
    wageSubsidy: true,
    positions: 2,
    ...overrides,
  };
}
