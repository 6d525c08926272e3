import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../common/auth/decorators';
import { Permission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { PageArgs } from '../../common/pagination/pagination.types';
import { MailOutboxService } from './mail-outbox.service';
import { OutboxEmailPage, OutboxEmailType, OutboxFilterArgs } from './mail.types';

@Resolver()
export class MailAdminResolver {
  constructor(private readonly outbox: MailOutboxService) {}

  @Allow(Permission.READ_EMAIL_OUTBOX)
  @Query(() => OutboxEmailPage, {
    description: 'E-mails sent and waiting (without SMTP configured, nothing leaves: read them here). Newest first.',
  })
  emailOutbox(@Ctx() ctx: RequestContext, @Args() { filter }: OutboxFilterArgs, @Args() page: PageArgs) {
    return this.outbox.list(ctx, filter, page);
  }

  @Allow(Permission.READ_EMAIL_OUTBOX)
  @Mutation(() => OutboxEmailType, { description: 'Queues a failed e-mail again for an immediate attempt.' })
  retryEmail(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.outbox.retry(ctx, id);
  }
}
