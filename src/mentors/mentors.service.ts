import { Injectable } from '@nestjs/common';
import { DeepPartial } from 'typeorm';
import { AuditedWriter } from '../audit/audited-writer';
import { EmbeddingQueue } from '../embeddings/embedding-queue';
import type { Principal } from '../common/principal';
import { Page, toPage } from '../common/dto/pagination.dto';
import { patchFields } from '../common/patch';
import { Problem } from '../common/problems';
import { CodeReference, ReferenceDataService } from '../reference-data/reference-data.service';
import { CreateMentorDto, MentorQueryDto, MentorView, UpdateMentorDto } from './dto/mentor.dto';
import { Mentor } from './entities/mentor.entity';
import { MentorsRepository } from './mentors.repository';
import { versionSeen } from '../common/versions';

const NAMES = { resourceType: 'mentor', label: 'mentor' } as const;

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
  ) {}

  async create(actor: Principal, dto: CreateMentorDto): Promise<MentorView> {
    await this.referenceData.assertCodesExist(codeReferences(dto));
    const mentor = await this.writer.insert(actor, Mentor, NAMES, {
      languages: [],
      skills: [],
      interests: [],
      bio: '',
      active: true,
      ...toColumns(dto),
    });
    this.embeddingQueue.enqueue('mentor', mentor.id);
    return MentorView.of(mentor);
  }

  async list(query: MentorQueryDto): Promise<Page<MentorView>> {
    const active = query.active === undefined ? undefined : query.active === 'true';
    return toPage(await this.mentors.findPage({ ...query, active }), query, (m) => MentorView.of(m));
  }

  async get(id: string): Promise<MentorView> {
    const mentor = await this.mentors.findById(id);
    if (!mentor) throw Problem.notFound(NAMES.label, id);
    return MentorView.of(mentor);
  }

  async update(actor: Principal, id: string, { version, ...dto }: UpdateMentorDto, ifMatch?: string): Promise<MentorView> {
    const seen = versionSeen(ifMatch, version);
    const patch = patchFields(dto, ['gender', 'employerName', 'menteeGender']);
    await this.referenceData.assertCodesExist(codeReferences(patch));
    const mentor = await this.writer.update(actor, Mentor, NAMES, id, seen, toColumns(patch));
    this.embeddingQueue.enqueue('mentor', id);
    return MentorView.of(mentor);
  }

  remove(actor: Principal, id: string): Promise<void> {
    return this.writer.remove(actor, Mentor, NAMES, id);
  }
}
