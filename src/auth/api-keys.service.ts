import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { fieldError, invalid, Problem } from '../common/problems';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { generateApiKey, hashApiKey } from './api-key-hash';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeyView, CreateApiKeyDto, CreatedApiKeyView } from './dto/api-key.dto';
import { ORGANISATION_KINDS_FOR_ROLE, ORGANISATION_ROLES, Principal } from '../common/principal';
import { RESOURCES } from '../common/error-catalogue';

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: ApiKeysRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Principal, dto: CreateApiKeyDto): Promise<CreatedApiKeyView> {
    await this.checkOrganisation(dto);
    const key = generateApiKey();
    const saved = await this.dataSource.transaction(async (manager) => {
      const row = await this.keys.insert(manager, {
        keyHash: hashApiKey(key),
        keyPrefix: key.slice(0, 12),
        role: dto.role,
        organisationId: dto.organisationId ?? null,
        label: dto.label,
      });
      await this.audit.record(manager, actor, {
        action: 'api_key.create',
        resourceType: 'api_key',
        resourceId: row.id,
        details: { role: dto.role, organisationId: dto.organisationId ?? null },
      });
      return row;
    });
    return { ...ApiKeyView.of(saved), key };
  }

  async list(): Promise<ApiKeyView[]> {
    return (await this.keys.list()).map((k) => ApiKeyView.of(k));
  }

  async revoke(actor: Principal, id: string): Promise<ApiKeyView> {
    const existing = await this.keys.findById(id);
    if (!existing) throw Problem.notFound('apiKey', id);
    await this.dataSource.transaction(async (manager) => {
      if (await this.keys.revoke(manager, id)) {
        await this.audit.record(manager, actor, { action: 'api_key.revoke', resourceType: 'api_key', resourceId: id });
      }
    });
    return ApiKeyView.of((await this.keys.findById(id))!);
  }

  private async checkOrganisation(dto: CreateApiKeyDto): Promise<void> {
    const needsOrganisation = ORGANISATION_ROLES.includes(dto.role);
    if (!dto.organisationId) {
      if (needsOrganisation) {
        throw invalid([fieldError('organisationId', 'key_needs_organisation', { role: dto.role })]);
      }
      return;
    }
    if (dto.role === 'admin') {
      throw invalid([fieldError('organisationId', 'admin_key_no_organisation')]);
    }
    const organisation = await this.organisations.findById(dto.organisationId);
    if (!organisation) {
      throw invalid([fieldError('organisationId', 'unknown_record', { resource: RESOURCES.organisation, value: dto.organisationId })]);
    }
    const expected: readonly string[] = ORGANISATION_KINDS_FOR_ROLE[dto.role];
    if (!expected.includes(organisation.kind)) {
      throw invalid([fieldError('organisationId', 'organisation_wrong_kind', { role: dto.role, expected, actual: organisation.kind })]);
    }
  }
}
