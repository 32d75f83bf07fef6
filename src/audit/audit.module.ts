import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { AuditedWriter } from './audited-writer';

@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditedWriter],
  exports: [AuditService, AuditedWriter],
})
export class AuditModule {}
