import { Module } from '@nestjs/common';
import { CartModule } from '../cart/cart.module';
import { MailModule } from '../mail/mail.module';
import { OrderApprovalService } from './order-approval.service';
import { OrderLifecycleService } from './order-lifecycle.service';
import { OrderReadRepository } from './order-read.repository';
import { OrdersAdminService } from './orders-admin.service';
import { OrdersService } from './orders.service';
import { PlacementService } from './placement.service';
import { SplitRulesService } from './split-rules.service';

@Module({
  imports: [CartModule, MailModule],
  providers: [
    OrderReadRepository,
    OrderLifecycleService,
    OrderApprovalService,
    SplitRulesService,
    PlacementService,
    OrdersService,
    OrdersAdminService,
  ],
  exports: [
    OrderApprovalService,
    PlacementService,
    OrdersService,
    OrdersAdminService,
    SplitRulesService,
    OrderLifecycleService,
  ],
})
export class OrdersModule {}
