import { Injectable } from '@nestjs/common';
import { AuditedWriter } from '../audit/audited-writer';
import { EmbeddingQueue } from '../embeddings/embedding-queue';
import type { Principal } from '../common/principal';
import { Page, toPage } from '../common/dto/pagination.dto';
import { patchFields } from '../common/patch';
import { fieldError, invalid, Problem, problem } from '../common/problems';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { CodeReference, ReferenceDataService } from '../reference-data/reference-data.service';
import { CreateOpeningDto, OpeningQueryDto, OpeningView, UpdateOpeningDto } from './dto/opening.dto';
import { Opening } from './entities/opening.entity';
import { OpeningsRepository } from './openings.repository';
import { versionSeen } from '../common/versions';

const NAMES = { resourceType: 'opening', label: 'opening' } as const;

function codeReferences(dto: UpdateOpeningDto): CodeReference[] {
  const references: CodeReference[] = [];
  if (dto.municipalityCode) references.push({ field: 'municipalityCode', kind: 'municipality', code: dto.municipalityCode });
  if (dto.occupationCode) references.push({ field: 'occupationCode', kind: 'occupation', code: dto.occupationCode });
  return references;
}

/** Employers see and change only their own organisation's openings; others see all. */
const authorize = (actor: Principal) => (opening: Opening) => {
  if (actor.role === 'employer' && opening.organisationId !== actor.organisationId) {
    throw problem('opening_other_organisation');
  }
};

@Injectable()
export class OpeningsService {
  constructor(
    private readonly openings: OpeningsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly referenceData: ReferenceDataService,
    private readonly writer: AuditedWriter,
    private readonly embeddingQueue: EmbeddingQueue,
  ) {}

  async create(actor: Principal, dto: CreateOpeningDto): Promise<OpeningView> {
    const organisationId = await this.owningOrganisation(actor, dto.organisationId);
    await this.referenceData.assertCodesExist(codeReferences(dto));
    const opening = await this.writer.insert(actor, Opening, NAMES, {
      description: '',
      requiredSkills: [],
      status: 'open',
      ...dto,
      organisationId,
    });
    this.embeddingQueue.enqueue('opening', opening.id);
    return OpeningView.of(opening);
  }

  async list(actor: Principal, query: OpeningQueryDto): Promise<Page<OpeningView>> {
    if (actor.role === 'employer' && query.organisationId && query.organisationId !== actor.organisationId) {
      throw problem('employer_own_openings_only');
    }
    const organisationId = actor.role === 'employer' ? actor.organisationId! : query.organisationId;
    return toPage(await this.openings.findPage({ ...query, organisationId }), query, (o) => OpeningView.of(o));
  }

  async get(actor: Principal, id: string): Promise<OpeningView> {
    const opening = await this.openings.findById(id);
    if (!opening) throw Problem.notFound(NAMES.label, id);
    authorize(actor)(opening);
    return OpeningView.of(opening);
  }

  async update(actor: Principal, id: string, { version, ...dto }: UpdateOpeningDto, ifMatch?: string): Promise<OpeningView> {
    const seen = versionSeen(ifMatch, version);
    const patch = patchFields(dto, ['occupationCode', 'minNorwegianLevel', 'hoursPerWeek', 'wageSubsidy']);
    await this.referenceData.assertCodesExist(codeReferences(patch));
    const opening = await this.writer.update(actor, Opening, NAMES, id, seen, patch, authorize(actor));
    this.embeddingQueue.enqueue('opening', id);
    return OpeningView.of(opening);
  }

  remove(actor: Principal, id: string): Promise<void> {
    return this.writer.remove(actor, Opening, NAMES, id, authorize(actor));
  }

  /** Employers post for their own organisation; admins name an employer organisation. */
  private async owningOrganisation(actor: Principal, requested: string | undefined): Promise<string> {
    if (actor.role === 'employer') {
      if (requested && requested !== actor.organisationId) {
        throw problem('employer_own_openings_only');
      }
      return actor.organisationId!;
    }
    if (!requested) throw invalid([fieldError('organisationId', 'organisation_required_for_admin')]);
    const organisation = await this.organisations.findById(requested);
    if (!organisation || organisation.kind !== 'employer') {
      throw invalid([fieldError('organisationId', 'not_employer_organisation', { value: requested })]);
    }
    return requested;
  }
}
