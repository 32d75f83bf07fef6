import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What an employer will need soon: one of its openings, or a broader need (an occupation, how
 * many, where, when). Career centres in the county find prospects for it.
 */
@Entity('hurtigspor_needs')
export class Need {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid', nullable: true })
  openingId: string | null;

  /** STYRK-08; for a need with an opening, the opening's (null when the opening has none). */
  @Column({ type: 'char', length: 4, nullable: true })
  occupationCode: string | null;

  @Column({ type: 'integer' })
  count: number;

  @Column({ type: 'char', length: 4 })
  municipalityCode: string;

  @Column({ type: 'date', nullable: true })
  neededFrom: string | null;

  @Column({ type: 'date', nullable: true })
  neededBy: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByKeyId: string | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;
}
