import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { Permission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { PageArgs } from '../../common/pagination/pagination.types';
import { AuditLogService } from './audit-log.service';
import { AuditEventPage, AuditEventsArgs } from './audit.types';

@Resolver()
export class AuditAdminResolver {
  constructor(private readonly log: AuditLogService) {}

  @Allow(Permission.READ_AUDIT_LOG)
  @Query(() => AuditEventPage, { description: 'Who did what, newest first.' })
  auditEvents(@Ctx() ctx: RequestContext, @Args() { filter }: AuditEventsArgs, @Args() page: PageArgs) {
    return this.log.list(ctx, filter, page);
  }
}
