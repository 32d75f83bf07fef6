import { ApiProperty } from '@nestjs/swagger';
import { JSON_VALUE_SCHEMA } from '../../common/openapi';

export class AuditActor {
  /** null for the bootstrap admin key and for the system itself. */
  keyId: string | null;
  /** The user who acted through a session; null for a key and for the system. */
  userId: string | null;
  role: 'admin' | 'coordinator' | 'employer' | 'career_centre' | 'system' | 'mentor';
  organisationId: string | null;
}

export class AuditEntryView {
  id: string;
  at: Date;
  actor: AuditActor;
  /** What was done, e.g. `candidate.read`, `weight_profile.activate`. */
  action: string;
  resourceType: string;
  resourceId: string | null;
  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: { $ref: JSON_VALUE_SCHEMA },
    description: 'Per action: ids, field names and figures, never personal data.',
  })
  details: Record<string, unknown> | null;
}
