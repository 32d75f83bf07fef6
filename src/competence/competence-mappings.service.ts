import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/principal';
import type { Candidate } from '../candidates/entities/candidate.entity';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { Clock, CLOCK_SKEW_MS } from '../common/clock';
import { fieldError, invalid, Problem, problem } from '../common/problems';
import { EmbeddingQueue } from '../embeddings/embedding-queue';
import { TaxonomyCache } from '../taxonomy/taxonomy.cache';
import { CandidateGate } from '../candidates/candidate-gate';
import { CompetenceProfiler, ProfilerTools } from './competence-profiler';
import { CompetenceMappingsRepository } from './competence-mappings.repository';
import { CompetenceMappingView, CreateCompetenceMappingDto, UpdateCompetenceMappingDto } from './dto/competence-mapping.dto';
import { ownPart } from './merge-competence';
import { assertCurrentVersion, versionSeen } from '../common/versions';

@Injectable()
export class CompetenceMappingsService implements OnModuleInit {
  private readonly logger = new Logger('Competence');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiler: CompetenceProfiler,
    private readonly audit: AuditService,
    private readonly embeddingQueue: EmbeddingQueue,
    private readonly taxonomy: TaxonomyCache,
    private readonly clock: Clock,
    private readonly gate: CandidateGate,
    private readonly candidates: CandidatesRepository,
    private readonly mappings: CompetenceMappingsRepository,
  ) {}

  onModuleInit(): void {
    this.taxonomy.onChange((word) => {
      this.refreshUsing(word).catch((error: unknown) => this.logger.error(`Re-reading skills with "${word}" failed: ${String(error)}`));
    });
  }

  /** After a new synonym, the candidates whose skills contain its words are read again (in the background). */
  async refreshUsing(word: string): Promise<number> {
    const tools = await this.profiler.tools();
    const ids = await this.candidates.idsWithSkillContaining(word);
    for (const id of ids) {
      await this.dataSource.transaction(async (m) => {
        const candidate = await this.candidates.lockById(m, id);
        if (candidate) await this.refreshCandidate(m, candidate, tools);
      });
    }
    if (ids.length > 0) this.logger.log(`Re-read the skills of ${ids.length} candidates after the new synonym "${word}"`);
    return ids.length;
  }

  async create(actor: Principal, candidateId: string, dto: CreateCompetenceMappingDto): Promise<CompetenceMappingView> {
    const organisationId = this.centre(actor);
    await this.gate.assertSeesRecord(actor, candidateId);
    checkContent(dto, true);
    const tools = await this.profiler.tools();
    const saved = await this.dataSource.transaction(async (m) => {
      const candidate = await this.lockCandidate(m, candidateId);
      const mapping = await this.mappings.insert(m, {
        candidateId,
        organisationId,
        mappedByKeyId: actor.keyId,
        mappedAt: dto.mappedAt ?? this.clock.now(),
        skills: dto.skills ?? [],
        languages: dto.languages ?? [],
        education: dto.education ?? [],
        realkompetanse: dto.realkompetanse ?? '',
      });
      await this.refreshCandidate(m, candidate, tools);
      await this.audit.record(m, actor, {
        action: 'competence_mapping.create',
        resourceType: 'candidate',
        resourceId: candidateId,
        details: { mappingId: mapping.id },
      });
      return mapping;
    });
    this.embeddingQueue.enqueue('candidate', candidateId);
    return CompetenceMappingView.of(saved);
  }

  /** Only the centre that made a mapping changes it; the candidate's merged state follows. */
  async update(actor: Principal, candidateId: string, mappingId: string, dto: UpdateCompetenceMappingDto, ifMatch?: string): Promise<CompetenceMappingView> {
    const organisationId = this.centre(actor);
    const seen = versionSeen(ifMatch, dto.version);
    await this.gate.assertSeesRecord(actor, candidateId);
    checkContent(dto, false);
    const tools = await this.profiler.tools();
    const saved = await this.dataSource.transaction(async (m) => {
      const candidate = await this.lockCandidate(m, candidateId);
      const mapping = await this.mappings.lockOfCandidate(m, candidateId, mappingId);
      if (!mapping) throw Problem.notFound('competenceMapping', mappingId);
      if (mapping.organisationId !== organisationId) throw problem('mapping_other_centre');
      assertCurrentVersion('competenceMapping', seen, mapping.version);
      const fields = (['mappedAt', 'skills', 'languages', 'education', 'realkompetanse'] as const).filter((f) => dto[f] !== undefined);
      for (const field of fields) Object.assign(mapping, { [field]: dto[field] });
      mapping.version += 1;
      const result = await this.mappings.save(m, mapping);
      await this.refreshCandidate(m, candidate, tools);
      await this.audit.record(m, actor, {
        action: 'competence_mapping.update',
        resourceType: 'candidate',
        resourceId: candidateId,
        details: { mappingId, fields },
      });
      return result;
    });
    this.embeddingQueue.enqueue('candidate', candidateId);
    return CompetenceMappingView.of(saved);
  }

  /** The history: every mapping of the candidate, newest first. */
  async list(actor: Principal, candidateId: string): Promise<CompetenceMappingView[]> {
    await this.gate.assertSeesRecord(actor, candidateId);
    const mappings = await this.mappings.history(candidateId);
    await this.audit.record(this.dataSource.manager, actor, { action: 'competence_mapping.list', resourceType: 'candidate', resourceId: candidateId });
    return mappings.map((mapping) => CompetenceMappingView.of(mapping));
  }

  /** Merges the mappings into the candidate record and redoes what derives from them, under the candidate's row lock. */
  private async refreshCandidate(m: EntityManager, candidate: Candidate, tools: ProfilerTools): Promise<void> {
    const derived = this.profiler.profile(
      {
        own: candidate.ownCompetence ?? ownPart(candidate),
        mappings: await this.profiler.mappingsOf(m, candidate.id),
        experience: candidate.experience,
        desiredTexts: candidate.desiredOccupationTexts,
        municipalityCode: candidate.municipalityCode,
      },
      tools,
    );
    await this.candidates.updateDerived(m, candidate.id, derived, this.clock.now());
  }

  private async lockCandidate(m: EntityManager, id: string): Promise<Candidate> {
    const candidate = await this.candidates.lockById(m, id);
    if (!candidate) throw Problem.notFound('candidate', id);
    return candidate;
  }

  private centre(actor: Principal): string {
    if (actor.role !== 'career_centre' || !actor.organisationId) throw problem('career_centre_only');
    return actor.organisationId;
  }
}

function checkContent(dto: UpdateCompetenceMappingDto, creating: boolean): void {
  if (dto.mappedAt && dto.mappedAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
    throw invalid([fieldError('mappedAt', 'in_future')]);
  }
  const empty = !dto.skills?.length && !dto.languages?.length && !dto.education?.length && !dto.realkompetanse?.trim();
  if (creating && empty) throw invalid([fieldError('skills', 'mapping_empty')]);
}
