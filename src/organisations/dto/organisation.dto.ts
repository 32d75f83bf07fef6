import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { MUNICIPALITY_CODE } from '../../common/dto/profile-parts.dto';
import { Organisation, ORGANISATION_KINDS, OrganisationKind } from '../entities/organisation.entity';
import { expects } from '../../common/validation';

export class CreateOrganisationDto {
  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  /** Kommunenummer (4 digits, 2024 numbering). */
  @Matches(MUNICIPALITY_CODE, { message: expects('invalid_kommunenummer') })
  municipalityCode: string;
}

export class OrganisationView {
  id: string;
  kind: OrganisationKind;
  name: string;
  municipalityCode: string;
  createdAt: Date;

  static of(o: Organisation): OrganisationView {
    return { id: o.id, kind: o.kind, name: o.name, municipalityCode: o.municipalityCode, createdAt: o.createdAt };
  }
}
