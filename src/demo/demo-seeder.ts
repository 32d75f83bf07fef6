import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validateOrReject } from 'class-validator';
import { DataSource, Like } from 'typeorm';
import { ApiKeysService } from '../auth/api-keys.service';
import { ApiKey } from '../auth/entities/api-key.entity';
import type { Principal, Role } from '../common/principal';
import { CandidatesService } from '../candidates/candidates.service';
import { CreateCandidateDto } from '../candidates/dto/candidate.dto';
import { CreateMentorDto } from '../mentors/dto/mentor.dto';
import { MentorsService } from '../mentors/mentors.service';
import { CreateOpeningDto } from '../openings/dto/opening.dto';
import { OpeningsService } from '../openings/openings.service';
import { CreateOrganisationDto } from '../organisations/dto/organisation.dto';
import { Organisation } from '../organisations/entities/organisation.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import { CreateNeedDto } from '../hurtigspor/dto/need.dto';
import { HurtigsporNeedsService } from '../hurtigspor/hurtigspor-needs.service';
import { demoCandidates, demoMentors, demoNeeds, demoOpenings, demoOrganisations } from './demo-data';

export class DemoDataRefused extends Error {}

const SEEDER: Principal = { keyId: null, role: 'admin', organisationId: null };
const DEMO_KEY_LABEL = 'Demo key';

export interface DemoKey {
  role: Role;
  key: string;
  organisation: string | null;
}

/** Validates a demo record exactly as the API would, so the demo data cannot drift from the rules. */
async function asDto<T extends object>(cls: new () => T, plain: object): Promise<T> {
  const dto = plainToInstance(cls, plain);
  await validateOrReject(dto, { whitelist: true, forbidNonWhitelisted: true });
  return dto;
}

@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly candidates: CandidatesService,
    private readonly mentors: MentorsService,
    private readonly openings: OpeningsService,
    private readonly needs: HurtigsporNeedsService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  /**
   * Seeds the demo data set once, into an empty database. A database that holds organisations
   * of its own is real: demo people and keys must never be mixed into it, so start-up stops.
   */
  async seedIfEmpty(): Promise<void> {
    const names = (await this.dataSource.getRepository(Organisation).find({ select: { name: true } })).map((o) => o.name);
    const demoNames = new Set(demoOrganisations.map((o) => o.name));
    const real = names.filter((name) => !demoNames.has(name));
    if (real.length > 0) {
      throw new DemoDataRefused(
        `DEMO_DATA is on, but the database holds ${real.length} organisation(s) that are not demo data (such as "${real[0]}"). ` +
          'Demo people and keys are never added to a database with real records: start with DEMO_DATA=false.',
      );
    }
    if (names.length > 0) return;
    const organisationIds = new Map<string, string>();
    for (const { ref, ...organisation } of demoOrganisations) {
      const created = await this.organisations.create(SEEDER, await asDto(CreateOrganisationDto, organisation));
      organisationIds.set(ref, created.id);
    }
    for (const candidate of demoCandidates) await this.candidates.create(SEEDER, await asDto(CreateCandidateDto, candidate));
    for (const mentor of demoMentors) await this.mentors.create(SEEDER, await asDto(CreateMentorDto, mentor));
    for (const { employerRef, ...opening } of demoOpenings) {
      const organisationId = organisationIds.get(employerRef);
      await this.openings.create(SEEDER, await asDto(CreateOpeningDto, { ...opening, organisationId }));
    }
    // A need is the employer's own statement, so it is posted as that employer.
    for (const { employerRef, ...need } of demoNeeds) {
      const employer: Principal = { keyId: null, role: 'employer', organisationId: organisationIds.get(employerRef)! };
      await this.needs.create(employer, await asDto(CreateNeedDto, need));
    }
    this.logger.log(
      `Demo data: ${demoOrganisations.length} organisations, ${demoCandidates.length} candidates, ` +
        `${demoMentors.length} mentors, ${demoOpenings.length} openings, ${demoNeeds.length} hurtigspor needs`,
    );
  }

  /**
   * One key per role for trying the API. Keys are stored hashed and cannot be shown again,
   * so each start revokes the previous demo keys and issues new ones.
   */
  async issueDemoKeys(): Promise<DemoKey[]> {
    const previous = await this.dataSource.getRepository(ApiKey).findBy({ label: Like(`${DEMO_KEY_LABEL}%`) });
    for (const key of previous.filter((k) => !k.revokedAt)) await this.apiKeys.revoke(SEEDER, key.id);

    const organisations = this.dataSource.getRepository(Organisation);
    const firstOf = (kind: Organisation['kind']) => organisations.findOne({ where: { kind }, order: { createdAt: 'ASC', id: 'ASC' } });
    const plan: [Role, Organisation | null][] = [
      ['admin', null],
      ['coordinator', await firstOf('municipality')],
      ['employer', await firstOf('employer')],
      ['career_centre', await firstOf('career_centre')],
    ];
    const keys: DemoKey[] = [];
    for (const [role, organisation] of plan) {
      if (role !== 'admin' && role !== 'coordinator' && !organisation) continue;
      const created = await this.apiKeys.create(SEEDER, {
        role,
        organisationId: organisation?.id,
        label: `${DEMO_KEY_LABEL}: ${role}`,
      });
      keys.push({ role, key: created.key, organisation: organisation?.name ?? null });
    }
    return keys;
  }
}
