import { Global, Module } from '@nestjs/common';
import { AuditLogService } from './audit-log.service';
import { AuditService } from './audit.service';

/** Global: any module may record audit events through AuditService. */
@Global()
@Module({ providers: [AuditService, AuditLogService], exports: [AuditService, AuditLogService] })
export class AuditModule {}
