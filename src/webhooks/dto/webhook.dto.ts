import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/dto/pagination.dto';
import { DELIVERY_STATUSES, DeliveryStatus } from '../delivery-status';
import { expects } from '../../common/validation';

/** An exact event type (`hurtigspor.case.transitioned`) or every type under a prefix (`hurtigspor.*`). */
const EVENT_TYPE_PATTERN = /^[a-z0-9_]+(\.[a-z0-9_]+)*(\.\*)?$/;

export class CreateWebhookDto {
  /** Where events are POSTed: an http(s) URL. */
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false, allow_underscores: true },
    { message: expects('invalid_url') },
  )
  @MaxLength(2000)
  url: string;

  /** Exact types or prefixes like `hurtigspor.*`; left out, every event. */
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty({ message: expects('event_types_empty') })
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  @Matches(EVENT_TYPE_PATTERN, { each: true, message: expects('invalid_event_type') })
  eventTypes?: string[];

  /** What the receiver is, for the operator. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  description?: string;
}

export class DeliveryQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}

export class DeliveryCounts {
  pending: number;
  delivered: number;
  failed: number;
  /** Pending when the webhook was deactivated: never sent. */
  cancelled: number;
}

export class WebhookView {
  id: string;
  url: string;
  /** null: every event. */
  eventTypes: string[] | null;
  description: string | null;
  /** false once deleted: nothing more is sent to it. */
  active: boolean;
  createdAt: Date;
  deactivatedAt: Date | null;
}

export class WebhookDetailView extends WebhookView {
  deliveries: DeliveryCounts;
}

export class CreatedWebhookView extends WebhookView {
  /** The signing secret (HMAC-SHA256 key of X-Kobling-Signature). Shown only in this response; store it now. */
  secret: string;
}

export class DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  /** Attempts made so far (the next one is sent with X-Kobling-Delivery-Attempt: attempts + 1). */
  attempts: number;
  /** When it is tried next; null unless pending. */
  nextAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  /** The receiver's HTTP status of the last attempt; null when it gave none (timeout, connection error). */
  lastStatusCode: number | null;
  /** Why the last attempt failed. */
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
}
