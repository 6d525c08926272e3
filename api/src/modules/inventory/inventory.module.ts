import { Module } from '@nestjs/common';
import { ReservationService } from './reservation.service';
import { StockService } from './stock.service';

@Module({
  providers: [StockService, ReservationService],
  exports: [StockService, ReservationService],
})
export class InventoryModule {}
