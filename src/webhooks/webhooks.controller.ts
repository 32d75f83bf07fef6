import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { Page, PageQueryDto } from '../common/dto/pagination.dto';
import { RecordIdPipe } from '../common/id.pipe';
import { CreatedWebhookView, CreateWebhookDto, DeliveryQueryDto, DeliveryView, WebhookDetailView, WebhookView } from './dto/webhook.dto';
import { WebhooksService } from './webhooks.service';
import { ApiPage, ApiBodyExample } from '../common/openapi';
import { CREATE_WEBHOOK } from './dto/webhook.examples';

const webhookId = new RecordIdPipe('webhook');

/** Receivers of the service's events (hurtigspor transitions…), POSTed signed, at least once. See docs/webhooks.md. */
@Controller('api/v1/webhooks')
@Roles('admin')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  /** Registers a receiver for the events published from now on; the signing secret is in this response only. */
  @Post()
  @ApiBodyExample(CreateWebhookDto, CREATE_WEBHOOK)
  create(@CurrentPrincipal() actor: Principal, @Body() dto: CreateWebhookDto): Promise<CreatedWebhookView> {
    return this.webhooks.create(actor, dto);
  }

  /** Webhooks, newest first, active or not. */
  @Get()
  @ApiPage(WebhookView)
  list(@Query() query: PageQueryDto): Promise<Page<WebhookView>> {
    return this.webhooks.list(query);
  }

  /** A webhook with its deliveries counted by status. */
  @Get(':id')
  get(@Param('id', webhookId) id: string): Promise<WebhookDetailView> {
    return this.webhooks.get(id);
  }

  /** Deactivates it: nothing more is sent, pending deliveries are cancelled, the history stays readable. */
  @Delete(':id')
  deactivate(@CurrentPrincipal() actor: Principal, @Param('id', webhookId) id: string): Promise<WebhookView> {
    return this.webhooks.deactivate(actor, id);
  }

  /** Its deliveries, oldest first, by status: attempts, the last status code and error, when it is tried next. */
  @Get(':id/deliveries')
  @ApiPage(DeliveryView)
  deliveries(@Param('id', webhookId) id: string, @Query() query: DeliveryQueryDto): Promise<Page<DeliveryView>> {
    return this.webhooks.deliveries(id, query);
  }
}
