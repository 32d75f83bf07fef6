import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LanguageLevel, SkillDto } from '../../common/dto/profile-parts.dto';
import type { CandidateEducation } from '../competence.types';

export interface MappedLanguage {
  code: string;
  oral: LanguageLevel;
  written: LanguageLevel;
}

/** A kompetansekartlegging: one session in which a career centre mapped what a candidate can do. */
@Entity('competence_mappings')
export class CompetenceMapping {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  candidateId: string;

  /** The career centre that mapped; only it may change the mapping. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid', nullable: true })
  mappedByKeyId: string | null;

  @Column({ type: 'timestamptz' })
  mappedAt: Date;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  skills: SkillDto[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  languages: MappedLanguage[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  education: Omit<CandidateEducation, 'source'>[];

  /** Realkompetanse: what the person can do without papers, in the mapper's words. */
  @Column({ type: 'text', default: '' })
  realkompetanse: string;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
