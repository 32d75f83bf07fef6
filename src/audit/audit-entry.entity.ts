import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../common/principal';

/** Who did what to which record, and when. Holds ids and field names, never personal data. */
@Entity('audit_log')
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorKeyId: string | null;

  /** The user of a session; null when a key (or the system) acted. */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'text' })
  actorRole: Role | 'system' | 'mentor';

  @Column({ type: 'uuid', nullable: true })
  actorOrganisationId: string | null;

  @Column()
  action: string;

  @Column()
  resourceType: string;

  @Column({ type: 'text', nullable: true })
  resourceId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;
}
