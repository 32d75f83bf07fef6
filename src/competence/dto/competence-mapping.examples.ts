import type { CreateCompetenceMappingDto, UpdateCompetenceMappingDto } from './competence-mapping.dto';

export const CREATE_COMPETENCE_MAPPING: CreateCompetenceMappingDto = {
  mappedAt: new Date('2024-09-12T10:00:00.000Z'),
  skills: [
    { label: 'TIG-sveising', evidence: 'mapped', years: 6 },
    { label: 'lese arbeidstegninger', evidence: 'mapped' },
  ],
  languages: [{ code: 'nb', oral: 'B1', written: 'A2' }],
  education: [{ level: 'vocational', field: 'Sveisefag', country: 'SY', recognition: 'uvd' }],
  realkompetanse: 'Seks år som sveiser på verft i Latakia; sveiset rør og stål etter tegning.',
};

export const UPDATE_COMPETENCE_MAPPING: UpdateCompetenceMappingDto = {
  realkompetanse: 'Seks år som sveiser på verft i Latakia; har også ledet et lag på fire.',
  version: 1,
};
