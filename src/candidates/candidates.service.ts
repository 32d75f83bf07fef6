import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuditedWriter } from '../audit/audited-writer';
import { EmbeddingQueue } from '../embeddings/embedding-queue';
import type { Principal } from '../auth/roles';
import { Page, toPage } from '../common/dto/pagination.dto';
import { patchFields } from '../common/patch';
import { Problem } from '../common/problems';
import { CodeReference, ReferenceDataService } from '../reference-data/reference-data.service';
import { CandidatesRepository } from './candidates.repository';
import { CandidateQueryDto, CreateCandidateDto, UpdateCandidateDto } from './dto/candidate.dto';
import { CandidateView } from './dto/candidate.view';
import { Candidate } from './entities/candidate.entity';

const NAMES = { resourceType: 'candidate', label: 'Candidate' };

/** The codes a candidate payload refers to, each with the field that holds it. */
function codeReferences(dto: UpdateCandidateDto): CodeReference[] {
  const references: CodeReference[] = [];
  if (dto.municipalityCode) references.push({ field: 'municipalityCode', kind: 'municipality', code: dto.municipalityCode });
  dto.experience?.forEach((e, i) => {
    if (e.occupationCode) references.push({ field: `experience.${i}.occupationCode`, kind: 'occupation', code: e.occupationCode });
  });
  dto.desiredOccupations?.forEach((code, i) => references.push({ field: `desiredOccupations.${i}`, kind: 'occupation', code }));
  return references;
}

@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesRepository,
    private readonly referenceData: ReferenceDataService,
    private readonly audit: AuditService,
    private readonly writer: AuditedWriter,
    private readonly embeddingQueue: EmbeddingQueue,
  ) {}

  async create(actor: Principal, dto: CreateCandidateDto): Promise<CandidateView> {
    await this.referenceData.assertCodesExist(codeReferences(dto));
    const values = await this.derive({
      ...dto,
      languages: dto.languages ?? [],
      education: dto.education ?? [],
      experience: dto.experience ?? [],
      skills: dto.skills ?? [],
      interests: dto.interests ?? [],
      desiredOccupations: dto.desiredOccupations ?? [],
      goals: dto.goals ?? '',
      preferences: dto.preferences ?? {},
      registeredByOrganisationId: actor.organisationId,
    });
    const candidate = await this.writer.insert(actor, Candidate, NAMES, values);
    this.embeddingQueue.enqueue('candidate', candidate.id);
    return CandidateView.of(candidate);
  }

  /** Each candidate shown is a read of personal data, so each gets an audit row. */
  async list(actor: Principal, query: CandidateQueryDto): Promise<Page<CandidateView>> {
    const result = await this.candidates.findPage(query);
    await this.audit.record(
      this.dataSource.manager,
      actor,
      ...result.items.map((c) => ({ action: 'candidate.list', resourceType: NAMES.resourceType, resourceId: c.id })),
    );
    return toPage(result, query, (c) => CandidateView.of(c));
  }

  async get(actor: Principal, id: string): Promise<CandidateView> {
    const candidate = await this.candidates.findById(id);
    if (!candidate) throw Problem.notFound(NAMES.label, id);
    await this.audit.record(this.dataSource.manager, actor, { action: 'candidate.read', resourceType: NAMES.resourceType, resourceId: id });
    return CandidateView.of(candidate);
  }

  async update(actor: Principal, id: string, dto: UpdateCandidateDto): Promise<CandidateView> {
    const patch = patchFields(dto, ['birthYear', 'gender', 'countryOfOrigin']);
    await this.referenceData.assertCodesExist(codeReferences(patch));
    const candidate = await this.writer.update(actor, Candidate, NAMES, id, await this.derive(patch as DeepPartial<Candidate>));
    this.embeddingQueue.enqueue('candidate', id);
    return CandidateView.of(candidate);
  }

  /**
   * What is computed from a candidate's own fields, applied to every write (create, update, bulk import)
   * just before it. Always called outside a transaction (the embedded database has one connection), so it may read the database.
   */
  async derive<T extends DeepPartial<Candidate>>(values: T): Promise<T> {
    // Derived fields (resolved skills, inferred occupations, hurtigspor prospect) are filled here by the taxonomy work.
    return values;
  }

  remove(actor: Principal, id: string): Promise<void> {
    return this.writer.remove(actor, Candidate, NAMES, id);
  }
}
