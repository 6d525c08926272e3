import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard, PRINCIPAL_LOADER } from '../../common/auth/auth.guard';
import { MailModule } from '../mail/mail.module';
import { ActionTokenService } from './action-token.service';
import { AdminAuthService } from './admin-auth.service';
import { ApiKeyService } from './api-key.service';
import { LoginRateLimiter } from './login-rate-limiter.service';
import { MembershipService } from './membership.service';
import { PasswordService } from './password.service';
import { JwtPrincipalLoader } from './principal-loader';
import { SessionService } from './session.service';
import { ShopAuthService } from './shop-auth.service';
import { StaffUsersService } from './staff-users.service';

/**
 * Users, sessions, one-time tokens, passwords and which companies a buyer may act for. The
 * companies module builds on it (never the other way round).
 */
@Module({
  imports: [
    MailModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [
    SessionService,
    LoginRateLimiter,
    MembershipService,
    ShopAuthService,
    AdminAuthService,
    ApiKeyService,
    ActionTokenService,
    PasswordService,
    StaffUsersService,
    { provide: PRINCIPAL_LOADER, useClass: JwtPrincipalLoader },
    // The default-deny guard for every route and root field, global from here because it needs the loader.
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [
    SessionService,
    ShopAuthService,
    AdminAuthService,
    ApiKeyService,
    MembershipService,
    ActionTokenService,
    PasswordService,
    StaffUsersService,
    LoginRateLimiter,
    PRINCIPAL_LOADER,
  ],
})
export class IdentityModule {}
