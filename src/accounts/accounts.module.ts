import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AuthController } from './auth.controller';
import { OidcService } from './oidc.service';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [OrganisationsModule, MailModule],
  controllers: [AuthController, UsersController],
  providers: [UsersRepository, SessionsRepository, SessionsService, UsersService, OidcService],
  exports: [SessionsService, UsersService],
})
export class AccountsModule {}
