import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CatalogModule } from '../catalog/catalog.module';
import { PricingModule } from '../pricing/pricing.module';
import { CartController } from './cart.controller';
import { CartPricingService } from './cart-pricing.service';
import { CartProductsRepository } from './cart-products.repository';
import { CartService } from './cart.service';
import { ExcelImportService } from './excel-import.service';
import { ListsService } from './lists.service';
import { OrderEntryService } from './order-entry.service';
import { PriceListExportService } from './price-list-export.service';
import { QuickOrderService } from './quick-order.service';

@Module({
  imports: [
    CatalogModule,
    PricingModule,
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.excelMaxBytes, files: 1, fields: 5, parts: 10 },
      }),
    }),
  ],
  controllers: [CartController],
  providers: [
    CartProductsRepository,
    CartPricingService,
    CartService,
    OrderEntryService,
    QuickOrderService,
    ExcelImportService,
    PriceListExportService,
    ListsService,
  ],
  exports: [CartService, CartProductsRepository, CartPricingService, QuickOrderService, ListsService],
})
export class CartModule {}
