import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../common/dto/pagination.dto';
import { expects } from '../../common/validation';
import { Role, ROLES } from '../../common/principal';
import { ORGANISATION_KINDS, type Organisation, type OrganisationKind } from '../../organisations/entities/organisation.entity';
import { type User, USER_STATUSES, type UserStatus } from '../entities/user.entity';

export class UserOrganisation {
  id: string;
  name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS })
  kind: OrganisationKind;
}

export class UserView {
  id: string;
  /** Lower-cased. */
  email: string;
  name: string;
  @ApiProperty({ enum: ROLES })
  role: Role;
  /** `invited` until the password is set (or the first single sign-on), `disabled` when an admin has turned the user off. */
  @ApiProperty({ enum: USER_STATUSES })
  status: UserStatus;
  /** null for admins. */
  @ApiProperty({ type: UserOrganisation, nullable: true })
  organisation: UserOrganisation | null;
  lastLoginAt: Date | null;
  createdAt: Date;

  static of(u: User, organisation: Organisation | null | undefined): UserView {
    return {
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      status: u.status,
      organisation: organisation ? { id: organisation.id, name: organisation.name, kind: organisation.kind } : null,
      lastLoginAt: u.lastLoginAt,
      createdAt: u.createdAt,
    };
  }
}

export class CreateUserDto {
  @IsEmail({}, { message: expects('invalid_email') })
  @MaxLength(320)
  email: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @IsIn(ROLES)
  role: Role;

  /** Required for every role but admin: a kommune or frivilligsentral (`municipality`, `volunteer`) for coordinators, an employer for employers, a career centre for career centres. */
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

/** What an admin changes; fields left out stay. Disabling ends the user's sessions at once. */
export class UpdateUserDto {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  /** null only together with role admin. */
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  organisationId?: string | null;

  /** `disabled` turns the user off; `active` turns a disabled user on again (an invited user stays invited until the password is set). */
  @IsOptional()
  @IsIn(['active', 'disabled'])
  status?: 'active' | 'disabled';
}

export class UserQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;

  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
