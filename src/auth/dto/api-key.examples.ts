import type { CreateApiKeyDto } from './api-key.dto';

export const CREATE_API_KEY: CreateApiKeyDto = { role: 'coordinator', label: 'Flyktningtjenesten Bergen, fagsystem' };
