import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CompetenceMapping } from './entities/competence-mapping.entity';

/** The table `competence_mappings`: the career centres' mappings of each candidate. */
@Injectable()
export class CompetenceMappingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new mapping, in the caller's transaction (under the candidate's lock). */
  insert(
    manager: EntityManager,
    values: Pick<CompetenceMapping, 'candidateId' | 'organisationId' | 'mappedByKeyId' | 'mappedAt' | 'skills' | 'languages' | 'education' | 'realkompetanse'>,
  ): Promise<CompetenceMapping> {
    const repository = manager.getRepository(CompetenceMapping);
    return repository.save(repository.create(values));
  }

  /** The candidate's mapping, its row locked until the transaction ends: two changes of it apply in turn. Null for another candidate's. */
  lockOfCandidate(manager: EntityManager, candidateId: string, id: string): Promise<CompetenceMapping | null> {
    return manager.getRepository(CompetenceMapping).findOne({ where: { id, candidateId }, lock: { mode: 'pessimistic_write' } });
  }

  save(manager: EntityManager, mapping: CompetenceMapping): Promise<CompetenceMapping> {
    return manager.getRepository(CompetenceMapping).save(mapping);
  }

  /** What the candidate's merged competence is made from, oldest first; in the caller's transaction. */
  forMerge(manager: EntityManager, candidateId: string): Promise<CompetenceMapping[]> {
    return this.ofCandidate(manager, candidateId, 'ASC');
  }

  /** The history a centre reads, newest first. */
  history(candidateId: string): Promise<CompetenceMapping[]> {
    return this.ofCandidate(this.dataSource.manager, candidateId, 'DESC');
  }

  private ofCandidate(manager: EntityManager, candidateId: string, direction: 'ASC' | 'DESC'): Promise<CompetenceMapping[]> {
    return manager.getRepository(CompetenceMapping).find({ where: { candidateId }, order: { mappedAt: direction, createdAt: direction } });
  }
}
