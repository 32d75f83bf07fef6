import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../../common/principal';

/** An API key, stored only as a SHA-256 hash; the key itself is shown once at creation. */
@Entity('api_keys')
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ select: false })
  keyHash: string;

  /** The first characters of the key, so people can tell their keys apart. */
  @Column()
  keyPrefix: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column()
  label: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
