import { Module } from '@nestjs/common';
import { MailDispatcher } from './mail-dispatcher.service';
import { MailOutboxService } from './mail-outbox.service';
import { MailService } from './mail.service';

/** Outbox-backed e-mail: MailService.send queues in the caller's transaction; the dispatcher sends. */
@Module({
  providers: [MailService, MailDispatcher, MailOutboxService],
  exports: [MailService, MailDispatcher, MailOutboxService],
})
export class MailModule {}
