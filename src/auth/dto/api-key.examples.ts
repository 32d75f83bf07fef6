import type { CreateApiKeyDto } from './api-key.dto';

export const CREATE_API_KEY: CreateApiKeyDto = { role: 'coordinator', organisationId: '5b3d7f9a-2c4e-4a6b-8d0f-1e3a5c7e9b2d', label: 'Flyktningtjenesten Bergen, fagsystem' };
