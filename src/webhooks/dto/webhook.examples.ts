import type { CreateWebhookDto } from './webhook.dto';

export const CREATE_WEBHOOK: CreateWebhookDto = {
  url: 'https://integrasjon.bergen.kommune.no/kobling/hendelser',
  eventTypes: ['hurtigspor.*'],
  description: 'Bergen kommunes fagsystem',
};
