import type { CreateOrganisationDto } from './organisation.dto';

export const CREATE_ORGANISATION: CreateOrganisationDto = { kind: 'municipality', name: 'Bergen kommune, Flyktningtjenesten', municipalityCode: '4601' };
