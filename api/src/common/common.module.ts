import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ErrorsFilter } from './errors/errors.filter';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Db } from './database/db.service';
import { DbNotifications } from './database/db-notifications.service';
import { InputValidationPipe } from './errors/validation.pipe';

/** Config, database access (and its change notifications) and input validation for every module (the auth guard comes with identity). */
@Global()
@Module({})
export class CommonModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CommonModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        Db,
        DbNotifications,
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: ErrorsFilter },
      ],
      exports: [APP_CONFIG, Db, DbNotifications],
    };
  }
}
