import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { Page, PageQueryDto } from '../common/dto/pagination.dto';
import { RecordIdPipe } from '../common/id.pipe';
import { CreateOrganisationDto, OrganisationView } from './dto/organisation.dto';
import { OrganisationsService } from './organisations.service';
import { ApiPage, ApiBodyExample } from '../common/openapi';
import { CREATE_ORGANISATION } from './dto/organisation.examples';

@Controller('api/v1/organisations')
export class OrganisationsController {
  constructor(private readonly service: OrganisationsService) {}

  @Post()
  @Roles('admin')
  @ApiBodyExample(CreateOrganisationDto, CREATE_ORGANISATION)
  create(@CurrentPrincipal() actor: Principal, @Body() dto: CreateOrganisationDto): Promise<OrganisationView> {
    return this.service.create(actor, dto);
  }

  @Get()
  @Roles('admin')
  @ApiPage(OrganisationView)
  list(@Query() query: PageQueryDto): Promise<Page<OrganisationView>> {
    return this.service.list(query);
  }

  /** An organisation; non-admin keys see only their own. */
  @Get(':id')
  @Roles('admin', 'coordinator', 'employer', 'career_centre')
  get(@CurrentPrincipal() actor: Principal, @Param('id', new RecordIdPipe('organisation')) id: string): Promise<OrganisationView> {
    return this.service.get(actor, id);
  }
}
