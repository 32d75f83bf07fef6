import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Candidate } from '../candidates/entities/candidate.entity';
import { Mentor } from '../mentors/entities/mentor.entity';
import { Opening } from '../openings/entities/opening.entity';
import { ReferenceDataCache } from '../reference-data/reference-data.cache';
import { EmbeddingProvider, EmbeddingRole } from './embedding-provider';
import {
  candidateTexts,
  EMBEDDED_FIELDS,
  EmbeddedField,
  mentorTexts,
  normaliseText,
  openingTexts,
  OwnerType,
  textHash,
} from './embedding-texts';
import { EmbeddingRow, EmbeddingsRepository } from './embeddings.repository';

interface SourceText {
  ownerId: string;
  field: EmbeddedField;
  role: EmbeddingRole;
  text: string;
  hash: string;
}

/** Embeds records whose text or model changed since their stored vectors; untouched text costs nothing. */
@Injectable()
export class EmbeddingIndexer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EmbeddingProvider) private readonly provider: EmbeddingProvider,
    private readonly embeddings: EmbeddingsRepository,
    private readonly referenceData: ReferenceDataCache,
  ) {}

  /** Returns how many texts went through the model. */
  async embed(type: OwnerType, ownerIds: string[]): Promise<number> {
    if (ownerIds.length === 0) return 0;
    const texts = await this.sourceTexts(type, ownerIds);
    const { model, dimension } = this.provider.info;
    const stored = new Map(
      (await this.embeddings.findStored(type, ownerIds)).map((s) => [`${s.ownerId}:${s.field}`, s] as const),
    );
    const changed = texts.filter((t) => {
      const current = stored.get(`${t.ownerId}:${t.field}`);
      return !current || current.model !== model || current.textHash !== t.hash;
    });
    const rows: EmbeddingRow[] = [];
    let inferences = 0;
    for (const role of ['query', 'passage'] as const) {
      const batch = changed.filter((t) => t.role === role && t.text.length > 0);
      const vectors = await this.provider.embed(batch.map((t) => t.text), role);
      inferences += batch.length;
      batch.forEach((t, i) => rows.push({ ownerId: t.ownerId, field: t.field, model, dimension, textHash: t.hash, vector: vectors[i] }));
    }
    for (const t of changed.filter((t) => t.text.length === 0)) {
      rows.push({ ownerId: t.ownerId, field: t.field, model, dimension, textHash: t.hash, vector: null });
    }
    await this.embeddings.save(type, rows);
    return inferences;
  }

  private async sourceTexts(type: OwnerType, ids: string[]): Promise<SourceText[]> {
    const titles = await this.referenceData.occupationTitles();
    const byId = { id: In(ids) };
    const records: { id: string; texts: Partial<Record<EmbeddedField, string>> }[] =
      type === 'candidate'
        ? (await this.dataSource.getRepository(Candidate).findBy(byId)).map((c) => ({ id: c.id, texts: candidateTexts(c, titles) }))
        : type === 'mentor'
          ? (await this.dataSource.getRepository(Mentor).findBy(byId)).map((m) => ({ id: m.id, texts: mentorTexts(m, titles) }))
          : (await this.dataSource.getRepository(Opening).findBy(byId)).map((o) => ({ id: o.id, texts: openingTexts(o, titles) }));
    return records.flatMap((r) =>
      EMBEDDED_FIELDS[type].map(({ field, role }) => {
        const text = normaliseText(r.texts[field] ?? '');
        return { ownerId: r.id, field, role, text, hash: textHash(text) };
      }),
    );
  }
}
