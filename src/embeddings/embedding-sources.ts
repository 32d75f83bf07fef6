import { Injectable } from '@nestjs/common';
import type { CandidateText, MentorText, OpeningText, OwnerType } from './embedding-texts';

/** What the indexer reads of each type of record it embeds. */
export interface EmbeddedRecords {
  candidate: CandidateText;
  mentor: MentorText;
  opening: OpeningText;
}

/** The records of these ids that exist, in any order. */
export type EmbeddingSource<T extends OwnerType> = (ids: string[]) => Promise<(EmbeddedRecords[T] & { id: string })[]>;

/**
 * Where the indexer loads the records it embeds. The records folders sit above embeddings, so
 * each registers how to load its own records (through its repository) rather than embeddings
 * reaching up to their tables.
 */
@Injectable()
export class EmbeddingSources {
  private readonly sources: { [T in OwnerType]?: EmbeddingSource<T> } = {};

  register<T extends OwnerType>(type: T, source: EmbeddingSource<T>): void {
    if (this.sources[type]) throw new Error(`An embedding source for ${type} records is registered already`);
    this.sources[type] = source as (typeof this.sources)[T];
  }

  load<T extends OwnerType>(type: T, ids: string[]): Promise<(EmbeddedRecords[T] & { id: string })[]> {
    const source = this.sources[type] as EmbeddingSource<T> | undefined;
    if (!source) throw new Error(`No embedding source for ${type} records: the module that owns them registers one with EmbeddingSources`);
    return source(ids);
  }
}
