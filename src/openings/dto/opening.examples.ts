import type { CreateOpeningDto, UpdateOpeningDto } from './opening.dto';

export const CREATE_OPENING: CreateOpeningDto = {
  kind: 'praksis',
  title: 'Sveiser, praksis med mål om fast jobb',
  description: 'Praksisplass på verft i Ulsteinvik, med lønnstilskudd og fast jobb som mål.',
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
};

export const UPDATE_OPENING: UpdateOpeningDto = { positions: 3, minNorwegianLevel: 'B1', version: 1 };
