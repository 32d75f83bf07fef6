import { Controller, Get, Query } from '@nestjs/common';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Roles } from '../common/auth.decorators';
import { Page, PageQueryDto, toPage } from '../common/dto/pagination.dto';
import { ApiPage } from '../common/openapi';
import { AuditEntryView } from './dto/audit-entry.view';
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

@Controller('api/v1/audit')
@Roles('admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The audit trail, newest first: who (key or user, role, organisation) did what to which record, and when. */
  @Get()
  @ApiPage(AuditEntryView)
  async list(@Query() query: AuditQueryDto): Promise<Page<AuditEntryView>> {
    return toPage(await this.audit.find(query), query, (e) => ({
      id: e.id,
      at: e.at,
      actor: { keyId: e.actorKeyId, userId: e.actorUserId, role: e.actorRole, organisationId: e.actorOrganisationId },
      action: e.action,
      resourceType: e.resourceType,
      resourceId: e.resourceId,
      details: e.details,
    }));
  }
}
