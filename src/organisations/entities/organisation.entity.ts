import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** `volunteer`: a frivilligsentral or an NGO running a mentor programme. */
export const ORGANISATION_KINDS = ['employer', 'career_centre', 'municipality', 'volunteer'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

@Entity('organisations')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: OrganisationKind;

  @Column()
  name: string;

  @Column({ type: 'char', length: 4 })
  municipalityCode: string;

  /** Its mentors are in every coordinator's pool (mentor-pool.ts). */
  @Column({ default: false })
  openPool: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
