import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { RecordIdPipe } from '../common/id.pipe';
import { CurrentPrincipal, Roles } from '../common/auth.decorators';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyView, CreateApiKeyDto, CreatedApiKeyView } from './dto/api-key.dto';
import type { Principal } from '../common/principal';
import { ApiBodyExample } from '../common/openapi';
import { CREATE_API_KEY } from './dto/api-key.examples';

@Controller('api/v1/api-keys')
@Roles('admin')
export class ApiKeysController {
  constructor(private readonly service: ApiKeysService) {}

  /** Creates a key; the key is returned once and stored only as a hash. */
  @Post()
  @ApiBodyExample(CreateApiKeyDto, CREATE_API_KEY)
  create(@CurrentPrincipal() actor: Principal, @Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyView> {
    return this.service.create(actor, dto);
  }

  @Get()
  list(): Promise<ApiKeyView[]> {
    return this.service.list();
  }

  /** Revokes a key: from now on it gets 401. */
  @Delete(':id')
  revoke(@CurrentPrincipal() actor: Principal, @Param('id', new RecordIdPipe('apiKey')) id: string): Promise<ApiKeyView> {
    return this.service.revoke(actor, id);
  }
}
