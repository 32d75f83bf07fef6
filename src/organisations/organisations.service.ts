import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/principal';
import { Page, PageQueryDto, toPage } from '../common/dto/pagination.dto';
import { Problem } from '../common/problems';
import { ReferenceDataService } from '../reference-data/reference-data.service';
import { CreateOrganisationDto, OrganisationView } from './dto/organisation.dto';
import { OrganisationsRepository } from './organisations.repository';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsRepository,
    private readonly referenceData: ReferenceDataService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Principal, dto: CreateOrganisationDto): Promise<OrganisationView> {
    await this.referenceData.assertCodesExist([{ field: 'municipalityCode', kind: 'municipality', code: dto.municipalityCode }]);
    const saved = await this.dataSource.transaction(async (manager) => {
      const organisation = await this.organisations.insert(manager, dto);
      await this.audit.record(manager, actor, {
        action: 'organisation.create',
        resourceType: 'organisation',
        resourceId: organisation.id,
      });
      return organisation;
    });
    return OrganisationView.of(saved);
  }

  async list(query: PageQueryDto): Promise<Page<OrganisationView>> {
    return toPage(await this.organisations.findPage(query.limit, query.page), query, (o) => OrganisationView.of(o));
  }

  /** Admins read any organisation; other keys only their own. */
  async get(actor: Principal, id: string): Promise<OrganisationView> {
    const organisation = actor.role === 'admin' || actor.organisationId === id ? await this.organisations.findById(id) : null;
    if (!organisation) throw Problem.notFound('organisation', id);
    return OrganisationView.of(organisation);
  }
}
