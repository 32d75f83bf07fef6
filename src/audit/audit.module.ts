import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { AuditedWriter } from './audited-writer';

@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditRepository, AuditService, AuditedWriter],
  exports: [AuditService, AuditedWriter],
})
export class AuditModule {}
