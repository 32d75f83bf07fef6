import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Gender } from '../../common/dto/profile-parts.dto';
import type { ExperienceDto } from '../../common/dto/profile-parts.dto';
import type { CandidateEducation, CandidateLanguage, CandidateSkill, InferredOccupationView, OwnCompetence } from '../../competence/competence.types';
import type { ProspectReason } from '../../taxonomy/labour-demand';
import type { TitleReading } from '../../taxonomy/occupation-resolver';

export class CandidateConsent {
  @Column({ default: false })
  matching: boolean;

  @Column({ default: false })
  shareWithEmployers: boolean;
}

export interface CandidatePreferences {
  mentorGender?: 'female' | 'male' | 'any';
  maxTravelKm?: number;
}

/** A kandidat: a refugee or other immigrant seeking a mentor, a praksisplass or a job. */
@Entity('candidates')
export class Candidate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  fullName: string;

  @Column({ type: 'integer', nullable: true })
  birthYear: number | null;

  @Column({ type: 'text', nullable: true })
  gender: Gender | null;

  @Column({ type: 'char', length: 4 })
  municipalityCode: string;

  @Column({ type: 'char', length: 2, nullable: true })
  countryOfOrigin: string | null;

  /** Merged: the record's own entries and the career centres' mappings, each item with its source. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  languages: CandidateLanguage[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  education: CandidateEducation[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  experience: ExperienceDto[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  skills: CandidateSkill[];

  /** What was entered on the record itself (null on records from before mappings existed: then the lists above are all own). */
  @Column({ type: 'jsonb', nullable: true })
  ownCompetence: OwnCompetence | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  inferredOccupations: InferredOccupationView[];

  /**
   * Derived on write: each experience title without a code (`from: 'experience'`, or no `from` on
   * readings stored before desired texts existed) and each desired occupation text (`from: 'desired'`)
   * read as occupations through the taxonomy, or unread below the floor.
   */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  resolvedOccupations: TitleReading[];

  /** Mapped or inferred occupations in demand in the candidate's county (NAV's business survey). */
  @Column({ default: false })
  hurtigsporProspect: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  prospectReasons: ProspectReason[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interests: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  desiredOccupations: string[];

  /** What the candidate wants to work as, in their own words: read as occupations into `resolvedOccupations`. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  desiredOccupationTexts: string[];

  @Column({ type: 'text', default: '' })
  goals: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  preferences: CandidatePreferences;

  @Column(() => CandidateConsent)
  consent: CandidateConsent;

  /** The organisation (kommune or karrieresenter) whose key registered the candidate. */
  @Column({ type: 'uuid', nullable: true })
  registeredByOrganisationId: string | null;

  /** Who the candidate belongs to: only it, and those it shares the candidate with, see the record (candidate-access.ts). */
  @Column({ type: 'uuid' })
  ownerOrganisationId: string;

  /** The importing organisation's own reference for a candidate imported in bulk; unique per organisation. */
  @Column({ type: 'text', nullable: true })
  externalRef: string | null;

  /** Hash of the imported content, so importing an unchanged row again writes nothing. */
  @Column({ type: 'text', nullable: true })
  importHash: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Raised by every edit; an update names the version it saw (see common/versions.ts). */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
