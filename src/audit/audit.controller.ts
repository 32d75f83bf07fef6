import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Roles } from '../auth/auth.decorators';
import { PageQueryDto, toPage } from '../common/dto/pagination.dto';
import { AuditService } from './audit.service';

export class AuditQueryDto extends PageQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  resourceId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  resourceType?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit')
@Roles('admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The audit trail, newest first: who (key, role, organisation) did what to which record, and when. */
  @Get()
  async list(@Query() query: AuditQueryDto) {
    return toPage(await this.audit.find(query), query, (e) => ({
      id: e.id,
      at: e.at,
      actor: { keyId: e.actorKeyId, role: e.actorRole, organisationId: e.actorOrganisationId },
      action: e.action,
      resourceType: e.resourceType,
      resourceId: e.resourceId,
      details: e.details,
    }));
  }
}
