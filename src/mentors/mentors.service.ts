import { Injectable } from '@nestjs/common';
import { DeepPartial } from 'typeorm';
import { AuditedWriter } from '../audit/audited-writer';
import { EmbeddingQueue } from '../embeddings/embedding-queue';
import type { Principal } from '../common/principal';
import { Page, toPage } from '../common/dto/pagination.dto';
import { patchFields } from '../common/patch';
import { fieldError, invalid, Problem, problem } from '../common/problems';
import { RESOURCES } from '../common/error-catalogue';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { poolOrganisation, seesMentorContact } from './mentor-pool';
import { CodeReference, ReferenceDataService } from '../reference-data/reference-data.service';
import { CreateMentorDto, MentorQueryDto, MentorView, UpdateMentorDto } from './dto/mentor.dto';
import { Mentor } from './entities/mentor.entity';
import { MentorsRepository } from './mentors.repository';
import { versionSeen } from '../common/versions';

const NAMES = { resourceType: 'mentor', label: 'mentor' } as const;
/** Matches no organisation: a coordinator key from before ownership without one sees no mentors. */
const NO_ORGANISATION = '00000000-0000-0000-0000-000000000000';

/** An open pool's mentors are seen by all, changed only by their own programme. */
const ownOnly = (actor: Principal) => (mentor: Mentor) => {
  if (actor.role !== 'admin' && mentor.organisationId !== actor.organisationId) throw problem('mentor_other_organisation');
};

function codeReferences(dto: UpdateMentorDto): CodeReference[] {
  const references: CodeReference[] = [];
  if (dto.municipalityCode) references.push({ field: 'municipalityCode', kind: 'municipality', code: dto.municipalityCode });
  if (dto.occupation?.code) references.push({ field: 'occupation.code', kind: 'occupation', code: dto.occupation.code });
  return references;
}

/** The API's nested occupation is stored as two columns. */
function toColumns(dto: UpdateMentorDto): DeepPartial<Mentor> {
  const { occupation, ...rest } = dto;
  return occupation ? { ...rest, occupationTitle: occupation.title, occupationCode: occupation.code ?? null } : rest;
}

@Injectable()
export class MentorsService {
  constructor(
    private readonly mentors: MentorsRepository,
    private readonly referenceData: ReferenceDataService,
    private readonly writer: AuditedWriter,
    private readonly embeddingQueue: EmbeddingQueue,
    private readonly organisations: OrganisationsRepository,
  ) {}

  async create(actor: Principal, { organisationId, ...dto }: CreateMentorDto): Promise<MentorView> {
    const owner = await this.ownerFor(actor, organisationId);
    await this.referenceData.assertCodesExist(codeReferences(dto));
    const mentor = await this.writer.insert(actor, Mentor, NAMES, {
      organisationId: owner,
      languages: [],
      skills: [],
      interests: [],
      bio: '',
      active: true,
      ...toColumns(dto),
    });
    this.embeddingQueue.enqueue('mentor', mentor.id);
    return MentorView.of(mentor, seesMentorContact(actor, mentor));
  }

  /** A coordinator's mentors are its own organisation's; an admin names the organisation. */
  private async ownerFor(actor: Principal, named: string | undefined): Promise<string> {
    if (actor.role !== 'admin') {
      if (named !== undefined && named !== actor.organisationId) throw invalid([fieldError('organisationId', 'owner_admin_only')]);
      if (!actor.organisationId) throw problem('organisation_required');
      return actor.organisationId;
    }
    if (named === undefined) throw invalid([fieldError('organisationId', 'required')]);
    const organisation = await this.organisations.findById(named);
    if (!organisation) throw invalid([fieldError('organisationId', 'unknown_record', { resource: RESOURCES.organisation, value: named })]);
    if (organisation.kind === 'employer') throw invalid([fieldError('organisationId', 'candidate_organisation_employer')]);
    return named;
  }

  async list(actor: Principal, query: MentorQueryDto): Promise<Page<MentorView>> {
    const active = query.active === undefined ? undefined : query.active === 'true';
    const poolOf = poolOrganisation(actor);
    return toPage(await this.mentors.findPage({ ...query, active, poolOf: poolOf === null ? undefined : (poolOf ?? NO_ORGANISATION) }), query, (m) => MentorView.of(m, seesMentorContact(actor, m)));
  }

  async get(actor: Principal, id: string): Promise<MentorView> {
    const mentor = await this.visible(actor, id);
    return MentorView.of(mentor, seesMentorContact(actor, mentor));
  }

  /** The mentor if it is in the caller's pool (mentor-pool.ts), else the 404 of an unknown id. */
  async visible(actor: Principal, id: string): Promise<Mentor> {
    const mentor = await this.mentors.findById(id);
    const poolOf = poolOrganisation(actor);
    if (!mentor || (poolOf !== null && (!poolOf || !(await this.mentors.inPool(id, poolOf))))) throw Problem.notFound(NAMES.label, id);
    return mentor;
  }

  async update(actor: Principal, id: string, { version, ...dto }: UpdateMentorDto, ifMatch?: string): Promise<MentorView> {
    const seen = versionSeen(ifMatch, version);
    const patch = patchFields(dto, ['gender', 'employerName', 'menteeGender', 'email', 'phone']);
    await this.referenceData.assertCodesExist(codeReferences(patch));
    await this.visible(actor, id);
    const mentor = await this.writer.update(actor, Mentor, NAMES, id, seen, toColumns(patch), ownOnly(actor));
    this.embeddingQueue.enqueue('mentor', id);
    return MentorView.of(mentor, seesMentorContact(actor, mentor));
  }

  async remove(actor: Principal, id: string): Promise<void> {
    await this.visible(actor, id);
    return this.writer.remove(actor, Mentor, NAMES, id, ownOnly(actor));
  }
}
