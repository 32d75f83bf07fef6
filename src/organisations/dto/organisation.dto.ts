import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
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

  /** Its mentor pool is open to every coordinator (a regional programme such as Røde Kors'), not only its own. */
  @IsOptional()
  @IsBoolean()
  openPool?: boolean;
}

export class OrganisationView {
  id: string;
  kind: OrganisationKind;
  name: string;
  municipalityCode: string;
  openPool: boolean;
  createdAt: Date;

  static of(o: Organisation): OrganisationView {
    return { id: o.id, kind: o.kind, name: o.name, municipalityCode: o.municipalityCode, openPool: o.openPool, createdAt: o.createdAt };
  }
}
