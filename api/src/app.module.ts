import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from './config/app-config';
import { CommonModule } from './common/common.module';
import { dataSourceOptions, migrateWithLock } from './database/data-source';
import { AuditModule } from './modules/audit/audit.module';
import { JobsModule } from './common/jobs/jobs.module';
import { HealthModule } from './modules/health/health.module';
import { AdminApiModule } from './surfaces/admin-api.module';
import { graphqlOptions } from './surfaces/graphql-options';
import { ShopApiModule } from './surfaces/shop-api.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: { migrate?: boolean } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CommonModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          useFactory: () =>
            dataSourceOptions({ url: config.databaseUrl, poolSize: config.databasePoolSize, logSql: config.logSql }),
          dataSourceFactory: async (opts) => {
            const dataSource = await new DataSource(opts!).initialize();
            if (options.migrate !== false) await migrateWithLock(dataSource);
            return dataSource;
          },
        }),
        AuditModule,
        JobsModule,
        HealthModule,
        ShopApiModule,
        AdminApiModule,
        GraphQLModule.forRoot<ApolloDriverConfig>(graphqlOptions('shop', config, [ShopApiModule])),
        GraphQLModule.forRoot<ApolloDriverConfig>(graphqlOptions('admin', config, [AdminApiModule])),
      ],
    };
  }
}
