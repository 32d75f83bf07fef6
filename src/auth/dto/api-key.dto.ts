import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ApiKey } from '../entities/api-key.entity';
import { Role, ROLES } from '../../common/principal';

export class CreateApiKeyDto {
  @IsIn(ROLES)
  role: Role;

  /** Required for employer and career_centre keys: the organisation the key acts for. */
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  /** What the key is for, e.g. "Aker Solutions HR". */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  label: string;
}

export class ApiKeyView {
  id: string;
  role: Role;
  organisationId: string | null;
  label: string;
  keyPrefix: string;
  createdAt: Date;
  revokedAt: Date | null;

  static of(k: ApiKey): ApiKeyView {
    return {
      id: k.id,
      role: k.role,
      organisationId: k.organisationId,
      label: k.label,
      keyPrefix: k.keyPrefix,
      createdAt: k.createdAt,
      revokedAt: k.revokedAt,
    };
  }
}

export class CreatedApiKeyView extends ApiKeyView {
  /** The key itself. It is shown only in this response; store it now. */
  key: string;
}
