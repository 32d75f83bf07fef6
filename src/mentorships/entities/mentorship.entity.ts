import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const MENTORSHIP_STATUSES = ['proposed', 'active', 'completed', 'ended'] as const;
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number];
/** Proposed and active mentorships take a place of the mentor's capacity. */
export const MENTOR_ANSWERS = ['accepted', 'declined'] as const;
export type MentorAnswer = (typeof MENTOR_ANSWERS)[number];
export const OPEN_MENTORSHIP_STATUSES: MentorshipStatus[] = ['proposed', 'active'];

/** A mentor and a mentorpartner, meeting 1–2 times a month for 6–8 months. */
@Entity('mentorships')
export class Mentorship {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  candidateId: string;

  @Column({ type: 'uuid' })
  mentorId: string;

  @Column({ type: 'text' })
  status: MentorshipStatus;

  @Column({ type: 'text', nullable: true })
  endReason: string | null;

  /** When it became active, and when it was completed or ended. */
  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** What the mentor answered through the e-mailed link, if they did. */
  @Column({ type: 'text', nullable: true })
  mentorAnswer: MentorAnswer | null;

  @Column({ type: 'timestamptz', nullable: true })
  mentorAnsweredAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'uuid', nullable: true })
  createdByKeyId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
