import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** Global: any module may record audit events through AuditService. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
