import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CatalogQueryRepository } from './catalog-query.repository';
import { CatalogShopService } from './catalog-shop.service';
import { CategoryService } from './category.service';
import { FacetCountService } from './facet-count.service';
import { ImageController } from './image.controller';
import { ImageService } from './image.service';
import { ProductAdminService } from './product-admin.service';
import { ProductWriter } from './product-writer.service';
import { ReferenceService } from './reference.service';
import { SearchRepository } from './search.repository';
import { KeptMatches } from './kept-matches';
import { PricingModule } from '../pricing/pricing.module';

@Module({
  imports: [
    PricingModule,
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      // No storage option: multer keeps the upload in memory, which sharp reads directly.
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.imageMaxBytes, files: 1, fields: 5, parts: 10 },
      }),
    }),
  ],
  controllers: [ImageController],
  providers: [
    CategoryService,
    ReferenceService,
    ProductWriter,
    ProductAdminService,
    CatalogQueryRepository,
    KeptMatches,
    SearchRepository,
    CatalogShopService,
    ImageService,
    FacetCountService,
  ],
  exports: [
    CategoryService,
    ReferenceService,
    ProductAdminService,
    CatalogShopService,
    ImageService,
    CatalogQueryRepository,
  ],
})
export class CatalogModule {}
