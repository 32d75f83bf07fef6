import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/principal';
import { Page, PageQueryDto, toPage } from '../common/dto/pagination.dto';
import { fieldError, invalid, Problem } from '../common/problems';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CreatedWebhookView, CreateWebhookDto, DeliveryQueryDto, DeliveryView, WebhookDetailView, WebhookView } from './dto/webhook.dto';
import { refuseTarget } from './webhook-target';
import { WebhooksRepository } from './webhooks.repository';

/** Registering and retiring webhooks; delivering to them is the WebhookDispatcher's. */
@Injectable()
export class WebhooksService implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly webhooks: WebhooksRepository,
    private readonly audit: AuditService,
  ) {}

  /** Secrets written before encryption at rest, or under the previous key, are encrypted with the current key at start. */
  async onApplicationBootstrap(): Promise<void> {
    await this.webhooks.resealSecrets();
  }

  /** The webhook receives the events published from now on, signed with a new secret shown only here. */
  async create(actor: Principal, dto: CreateWebhookDto): Promise<CreatedWebhookView> {
    const refusal = this.config.webhooks.allowPrivateTargets ? null : await refuseTarget(dto.url);
    if (refusal) throw invalid([fieldError('url', refusal)]);
    // Stored encrypted, not hashed: the dispatcher needs it to sign.
    const secret = `whsec_${randomBytes(32).toString('hex')}`;
    const webhook = await this.dataSource.transaction(async (manager) => {
      const row = await this.webhooks.insert(manager, {
        url: dto.url,
        eventTypes: dto.eventTypes ?? null,
        description: dto.description ?? null,
        secret,
        createdByKeyId: actor.keyId,
      });
      // The URL may carry a receiver's token: not for the audit log.
      await this.audit.record(manager, actor, { action: 'webhook.create', resourceType: 'webhook', resourceId: row.id, details: { eventTypes: row.eventTypes } });
      return row;
    });
    return { ...webhook, secret };
  }

  async list(query: PageQueryDto): Promise<Page<WebhookView>> {
    return toPage(await this.webhooks.findPage(query.limit, query.page), query, (webhook) => webhook);
  }

  async get(id: string): Promise<WebhookDetailView> {
    const webhook = await this.existing(id);
    return { ...webhook, deliveries: await this.webhooks.countDeliveriesByStatus(id) };
  }

  /** Nothing more is sent to it: what it has not received is cancelled. Deleting it again changes nothing. */
  async deactivate(actor: Principal, id: string): Promise<WebhookView> {
    await this.existing(id);
    await this.dataSource.transaction(async (manager) => {
      if (await this.webhooks.deactivate(manager, id)) {
        await this.audit.record(manager, actor, { action: 'webhook.deactivate', resourceType: 'webhook', resourceId: id });
      }
    });
    return this.existing(id);
  }

  async deliveries(id: string, query: DeliveryQueryDto): Promise<Page<DeliveryView>> {
    await this.existing(id);
    return toPage(await this.webhooks.findDeliveries(id, query), query, (delivery) => delivery);
  }

  private async existing(id: string): Promise<WebhookView> {
    const webhook = await this.webhooks.findById(id);
    if (!webhook) throw Problem.notFound('webhook', id);
    return webhook;
  }
}
