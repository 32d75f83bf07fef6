import { Inject, Injectable } from '@nestjs/common';
import { ReferenceDataCache } from '../reference-data/reference-data.cache';
import { EmbeddingProvider, EmbeddingRole } from './embedding-provider';
import { EmbeddedRecords, EmbeddingSources } from './embedding-sources';
import {
  candidateTexts,
  EMBEDDED_FIELDS,
  EmbeddedField,
  mentorTexts,
  normaliseText,
  OccupationTitles,
  openingTexts,
  OwnerType,
  textHash,
} from './embedding-texts';
import { EmbeddingRow, EmbeddingsRepository } from './embeddings.repository';

/** How each type of record reads as the texts it embeds. */
const TEXTS: { [T in OwnerType]: (record: EmbeddedRecords[T], titles: OccupationTitles) => Partial<Record<EmbeddedField, string>> } = {
  candidate: candidateTexts,
  mentor: mentorTexts,
  opening: openingTexts,
};

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
    private readonly sources: EmbeddingSources,
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

  private async sourceTexts<T extends OwnerType>(type: T, ids: string[]): Promise<SourceText[]> {
    const titles = await this.referenceData.occupationTitles();
    const textsOf = TEXTS[type];
    const records = (await this.sources.load(type, ids)).map((r) => ({ id: r.id, texts: textsOf(r, titles) }));
    return records.flatMap((r) =>
      EMBEDDED_FIELDS[type].map(({ field, role }) => {
        const text = normaliseText(r.texts[field] ?? '');
        return { ownerId: r.id, field, role, text, hash: textHash(text) };
      }),
    );
  }
}
