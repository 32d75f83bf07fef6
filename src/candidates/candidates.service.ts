import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuditedWriter } from '../audit/audited-writer';
import { EmbeddingQueue } from '../embeddings/embedding-queue';
import type { Principal } from '../common/principal';
import { Page, toPage } from '../common/dto/pagination.dto';
import { patchFields } from '../common/patch';
import { Problem } from '../common/problems';
import { CodeReference, ReferenceDataService } from '../reference-data/reference-data.service';
import { CompetenceProfiler, DerivedCandidateFields, ProfilerTools } from '../competence/competence-profiler';
import { ownPart } from '../competence/merge-competence';
import { CandidatesRepository } from './candidates.repository';
import { CandidateQueryDto, CreateCandidateDto, UpdateCandidateDto } from './dto/candidate.dto';
import { CandidateView } from './dto/candidate.view';
import { Candidate } from './entities/candidate.entity';
import { versionSeen } from '../common/versions';

const NAMES = { resourceType: 'candidate', label: 'candidate' } as const;

/** The fields whose change redoes the derived ones. */
const DERIVED_FROM = ['skills', 'languages', 'education', 'experience', 'municipalityCode'] as const;

type OwnCompetenceLists = DerivedCandidateFields['ownCompetence'];

/** The fields derived ones come from, for a record after `change`: what the change leaves out stays as it was. */
function changedRecord(row: Candidate, change: DeepPartial<Candidate>): DeepPartial<Candidate> & Pick<Candidate, 'municipalityCode'> {
  const own = row.ownCompetence ?? ownPart(row);
  return {
    id: row.id,
    municipalityCode: change.municipalityCode ?? row.municipalityCode,
    experience: change.experience ?? row.experience,
    skills: change.skills ?? own.skills,
    languages: change.languages ?? own.languages,
    education: change.education ?? own.education,
  };
}

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
    private readonly profiler: CompetenceProfiler,
  ) {}

  /**
   * The fields derived from a candidate's entries and mappings (merged competence, resolved
   * skills, inferred occupations, hurtigspor prospect), for a record about to be written. The
   * lists in `values` are the record's own entries; an existing record's mappings are merged in.
   */
  async derive(
    values: DeepPartial<Candidate> & Pick<Candidate, 'municipalityCode'>,
    manager: EntityManager = this.dataSource.manager,
    tools?: ProfilerTools,
  ): Promise<DerivedCandidateFields> {
    const loaded = tools ?? (await this.profiler.tools());
    return this.profiler.profile({
      own: {
        skills: (values.skills ?? []) as OwnCompetenceLists['skills'],
        languages: (values.languages ?? []) as OwnCompetenceLists['languages'],
        education: (values.education ?? []) as OwnCompetenceLists['education'],
      },
      mappings: values.id ? await this.profiler.mappingsOf(manager, values.id) : [],
      experience: (values.experience ?? []) as Candidate['experience'],
      municipalityCode: values.municipalityCode,
    }, loaded);
  }

  async create(actor: Principal, dto: CreateCandidateDto): Promise<CandidateView> {
    await this.referenceData.assertCodesExist(codeReferences(dto));
    const derived = await this.derive({ ...dto, experience: dto.experience ?? [] });
    const candidate = await this.writer.insert(actor, Candidate, NAMES, {
      ...dto,
      ...derived,
      experience: dto.experience ?? [],
      interests: dto.interests ?? [],
      desiredOccupations: dto.desiredOccupations ?? [],
      goals: dto.goals ?? '',
      preferences: dto.preferences ?? {},
      registeredByOrganisationId: actor.organisationId,
    });
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

  async update(actor: Principal, id: string, { version, ...dto }: UpdateCandidateDto, ifMatch?: string): Promise<CandidateView> {
    const seen = versionSeen(ifMatch, version);
    const patch = patchFields(dto, ['birthYear', 'gender', 'countryOfOrigin']);
    await this.referenceData.assertCodesExist(codeReferences(patch));
    const tools = await this.profiler.tools();
    const candidate = await this.writer.update(actor, Candidate, NAMES, id, seen, async (row, manager) => {
      if (!DERIVED_FROM.some((field) => patch[field] !== undefined)) return patch as DeepPartial<Candidate>;
      // The patch replaces the record's own lists; the mappings stay, and everything derived is redone.
      const derived = await this.derive(changedRecord(row, patch as DeepPartial<Candidate>), manager, tools);
      return { ...patch, ...derived } as DeepPartial<Candidate>;
    });
    this.embeddingQueue.enqueue('candidate', id);
    return CandidateView.of(candidate);
  }

  /**
   * A candidate about to be written by the bulk import, with its derived fields. For an existing
   * record, the lists the import does not carry stay as they were and its mappings are merged in.
   * Called outside a transaction (the embedded database has one connection), so it may read.
   */
  async withDerived<T extends DeepPartial<Candidate>>(values: T, existingId?: string): Promise<T & DerivedCandidateFields> {
    const row = existingId ? await this.candidates.findById(existingId) : null;
    const input = row ? changedRecord(row, values) : { ...values, municipalityCode: values.municipalityCode ?? '' };
    return { ...values, ...(await this.derive(input)) };
  }

  remove(actor: Principal, id: string): Promise<void> {
    return this.writer.remove(actor, Candidate, NAMES, id);
  }
}
