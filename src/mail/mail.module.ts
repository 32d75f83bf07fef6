import { Module } from '@nestjs/common';
import { DevMailController } from './dev-mail.controller';
import { MailRepository } from './mail.repository';
import { MailService } from './mail.service';

@Module({
  controllers: [DevMailController],
  providers: [MailRepository, MailService],
  exports: [MailService],
})
export class MailModule {}
