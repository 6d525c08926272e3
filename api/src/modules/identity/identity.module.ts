import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard, PRINCIPAL_LOADER } from '../../common/auth/auth.guard';
import { CompaniesModule } from '../companies/companies.module';
import { AdminAuthService } from './admin-auth.service';
import { ApiKeyService } from './api-key.service';
import { LoginRateLimiter } from './login-rate-limiter.service';
import { JwtPrincipalLoader } from './principal-loader';
import { SessionService } from './session.service';
import { ShopAuthService } from './shop-auth.service';

@Module({
  imports: [
    CompaniesModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [
    SessionService,
    LoginRateLimiter,
    ShopAuthService,
    AdminAuthService,
    ApiKeyService,
    { provide: PRINCIPAL_LOADER, useClass: JwtPrincipalLoader },
    // The default-deny guard for every route and root field, global from here because it needs the loader.
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionService, ShopAuthService, AdminAuthService, ApiKeyService, PRINCIPAL_LOADER],
})
export class IdentityModule {}
