import { Controller, Get, Query } from '@nestjs/common';
import { Roles } from '../common/auth.decorators';
import { Page, PageQueryDto, toPage } from '../common/dto/pagination.dto';
import { ApiPage } from '../common/openapi';
import { StoredMailView } from './dto/stored-mail.view';
import { MailService } from './mail.service';

@Controller('api/v1/dev/mail')
@Roles('admin')
export class DevMailController {
  constructor(private readonly mail: MailService) {}

  /** The mail a service without SMTP_URL has "sent", newest first (empty when SMTP_URL is set). */
  @Get()
  @ApiPage(StoredMailView)
  async list(@Query() query: PageQueryDto): Promise<Page<StoredMailView>> {
    return toPage(await this.mail.list(query.limit, query.page), query, (m) => m);
  }
}
