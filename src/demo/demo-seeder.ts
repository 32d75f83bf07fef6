import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateOrReject } from 'class-validator';
import { UsersService } from '../accounts/users.service';
import { ApiKeysRepository } from '../auth/api-keys.repository';
import { ApiKeysService } from '../auth/api-keys.service';
import type { Principal, Role } from '../common/principal';
import { CandidatesService } from '../candidates/candidates.service';
import { CreateCandidateDto } from '../candidates/dto/candidate.dto';
import { CreateMentorDto } from '../mentors/dto/mentor.dto';
import { MentorsService } from '../mentors/mentors.service';
import { CreateOpeningDto } from '../openings/dto/opening.dto';
import { OpeningsService } from '../openings/openings.service';
import { CreateOrganisationDto } from '../organisations/dto/organisation.dto';
import { Organisation } from '../organisations/entities/organisation.entity';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { OrganisationsService } from '../organisations/organisations.service';
import { CreateNeedDto } from '../hurtigspor/dto/need.dto';
import { HurtigsporNeedsService } from '../hurtigspor/hurtigspor-needs.service';
import { demoCandidates, demoMentorContact, demoMentors, demoNeeds, demoOpenings, demoOrganisations } from './demo-data';

export class DemoDataRefused extends Error {}

const SEEDER: Principal = { keyId: null, userId: null, role: 'admin', organisationId: null };
const DEMO_KEY_LABEL = 'Demo key';

export interface DemoUser {
  role: Role;
  /** The role as the log names it: koordinator, arbeidsgiver, karrieresenter, administrator. */
  label: string;
  email: string;
  password: string;
}

const DEMO_USERS: { role: Role; label: string; email: string; name: string }[] = [
  { role: 'coordinator', label: 'koordinator', email: 'koordinator@demo.kobling.no', name: 'Kari Koordinator' },
  { role: 'employer', label: 'arbeidsgiver', email: 'arbeidsgiver@demo.kobling.no', name: 'Arne Arbeidsgiver' },
  { role: 'career_centre', label: 'karrieresenter', email: 'karrieresenter@demo.kobling.no', name: 'Kirsti Karrieresenter' },
  { role: 'admin', label: 'administrator', email: 'admin@demo.kobling.no', name: 'Ada Administrator' },
];

/**
 * The demo passwords, made once and kept beside the embedded database (`demo-passwords.json`),
 * so they stay the same from start to start; an in-memory database gets new ones each time.
 */
function demoPasswords(dataDir: string | undefined): Record<string, string> {
  const file = dataDir && join(dataDir, 'demo-passwords.json');
  if (file && existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    if (DEMO_USERS.every((u) => typeof stored[u.email] === 'string')) return stored;
  }
  const passwords = Object.fromEntries(DEMO_USERS.map((u) => [u.email, `demo-${randomBytes(9).toString('base64url')}`]));
  if (file) {
    mkdirSync(dataDir!, { recursive: true });
    writeFileSync(file, JSON.stringify(passwords, null, 2) + '\n', { mode: 0o600 });
  }
  return passwords;
}

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
    private readonly organisations: OrganisationsService,
    private readonly organisationRecords: OrganisationsRepository,
    private readonly candidates: CandidatesService,
    private readonly mentors: MentorsService,
    private readonly openings: OpeningsService,
    private readonly needs: HurtigsporNeedsService,
    private readonly apiKeys: ApiKeysService,
    private readonly apiKeyRecords: ApiKeysRepository,
    private readonly users: UsersService,
  ) {}

  /**
   * Seeds the demo data set once, into an empty database. A database that holds organisations
   * of its own is real: demo people and keys must never be mixed into it, so start-up stops.
   */
  async seedIfEmpty(): Promise<void> {
    const names = await this.organisationRecords.names();
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
    // A candidate belongs to its kommune's refugee service, else its county's career centre, else Herøy's.
    const heroy = organisationIds.get('heroy-flyktning')!;
    const ownerOf = (municipalityCode: string): string => {
      const local = demoOrganisations.find((o) => o.kind === 'municipality' && o.municipalityCode === municipalityCode);
      const county = demoOrganisations.find((o) => o.kind === 'career_centre' && o.municipalityCode.slice(0, 2) === municipalityCode.slice(0, 2));
      return organisationIds.get((local ?? county)?.ref ?? 'heroy-flyktning') ?? heroy;
    };
    for (const candidate of demoCandidates) {
      await this.candidates.create(SEEDER, await asDto(CreateCandidateDto, { ...candidate, ownerOrganisationId: ownerOf(candidate.municipalityCode) }));
    }
    for (const [i, mentor] of demoMentors.entries()) {
      await this.mentors.create(SEEDER, await asDto(CreateMentorDto, { ...mentor, ...demoMentorContact(mentor, i), organisationId: heroy }));
    }
    for (const { employerRef, ...opening } of demoOpenings) {
      const organisationId = organisationIds.get(employerRef);
      await this.openings.create(SEEDER, await asDto(CreateOpeningDto, { ...opening, organisationId }));
    }
    // A need is the employer's own statement, so it is posted as that employer.
    for (const { employerRef, ...need } of demoNeeds) {
      const employer: Principal = { keyId: null, userId: null, role: 'employer', organisationId: organisationIds.get(employerRef)! };
      await this.needs.create(employer, await asDto(CreateNeedDto, need));
    }
    this.logger.log(
      `Demo data: ${demoOrganisations.length} organisations, ${demoCandidates.length} candidates, ` +
        `${demoMentors.length} mentors, ${demoOpenings.length} openings, ${demoNeeds.length} hurtigspor needs`,
    );
  }

  /**
   * One user per role for trying the console, active with its stored password on every start.
   * The coordinator works for the first demo kommune, whose candidates the demo data holds.
   */
  async ensureDemoUsers(dataDir: string | undefined): Promise<DemoUser[]> {
    const passwords = demoPasswords(dataDir);
    const organisationOf: Record<Role, Organisation | null> = {
      admin: null,
      coordinator: await this.organisationRecords.firstOfKind('municipality'),
      employer: await this.organisationRecords.firstOfKind('employer'),
      career_centre: await this.organisationRecords.firstOfKind('career_centre'),
    };
    const made: DemoUser[] = [];
    for (const u of DEMO_USERS) {
      const organisation = organisationOf[u.role];
      if (u.role !== 'admin' && !organisation) continue;
      await this.users.ensureActiveUser(SEEDER, { email: u.email, name: u.name, role: u.role, organisationId: organisation?.id ?? null }, passwords[u.email]);
      made.push({ role: u.role, label: u.label, email: u.email, password: passwords[u.email] });
    }
    return made;
  }

  /**
   * One key per role for trying the API. Keys are stored hashed and cannot be shown again,
   * so each start revokes the previous demo keys and issues new ones.
   */
  async issueDemoKeys(): Promise<DemoKey[]> {
    for (const key of await this.apiKeyRecords.activeLabelled(DEMO_KEY_LABEL)) await this.apiKeys.revoke(SEEDER, key.id);

    const plan: [Role, Organisation | null][] = [
      ['admin', null],
      ['coordinator', await this.organisationRecords.firstOfKind('municipality')],
      ['employer', await this.organisationRecords.firstOfKind('employer')],
      ['career_centre', await this.organisationRecords.firstOfKind('career_centre')],
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
