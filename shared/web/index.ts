// @wholesail/shared/web: the front-end code both SPAs share (TS/TSX source, built by each app's Vite).
// Config helpers live on their own subpaths (/web/codegen, /web/playwright, /web/postcss, /web/vite)
// so that nothing Node-only ends up in a browser bundle.

// App set-up
export { createApolloClient } from './app/apollo-client';
export { createAppRouter } from './app/app-router';
export { mountApp } from './app/mount-app';
export { theme } from './app/theme';

// Session
export {
  type AuthConfig,
  type AuthPayload,
  defineAuth,
  isAuthPayload,
  type LoginFailure,
  type LoginInput,
} from './auth/auth-config';
export { type AuthContextValue, AuthProvider, type AuthStatus, useAuth } from './auth/auth-provider';
export { authorizedFetch } from './auth/authorized-fetch';
export { LoginForm } from './auth/login-form';
export { FORGOT_PASSWORD_PATH, LoginPage } from './auth/login-page';
export {
  ForgotPasswordPage,
  type PasswordDocuments,
  type RequestPasswordResetDocument,
  SetPasswordPage,
  type SetPasswordDocument,
  type TokenProblem,
} from './auth/password-pages';
export { loginPath, safeNextPath } from './auth/login-path';
export { RequireAuth } from './auth/require-auth';
export { useSessionQuery } from './auth/use-session-query';

// Errors and forms
export { type ApiErrorCode, errorMessage, fieldErrors, hasErrorCode, isUnauthenticated } from './errors/graphql-errors';
export { AmountInput } from './forms/amount-input';
export { useRevalidateOnLanguageChange } from './forms/use-revalidate-on-language-change';
export { amountValue, createValidators, PASSWORD_MIN_LENGTH, type Validators } from './forms/validators';

// Numbers, dates, money
export { createFormatters, type Formatters, useFormat } from './format/format';

// Languages and messages
export {
  type AppMessagesContract,
  commonEn,
  type CommonMessages,
  commonRu,
  type WithCommonMessages,
} from './i18n/common-messages';
export { initI18n, isLanguage, type Language, LANGUAGES } from './i18n/i18n';
export { type DeepMerge, mergeMessages, type MessageShape, type MessageTree } from './i18n/messages';
export { useLanguage } from './i18n/use-language';

// Components
export { ComingSoon } from './components/coming-soon';
export { ConfirmModal } from './components/confirm-modal';
export { FullPageLoader } from './components/full-page-loader';
export { LanguageSwitch } from './components/language-switch';
export { NotFoundPage } from './components/not-found-page';
export { PageTitle } from './components/page-title';
export { PublicPage } from './components/public-page';
export { RouteErrorPage } from './components/route-error-page';

// Shell
export { AppFrame } from './shell/app-frame';
export { MainNav, type NavItem } from './shell/main-nav';
export { UserMenu } from './shell/user-menu';

// A company's users (the storefront's users page, the admin company card)
export {
  BUYER_ROLES,
  type BuyerRoleName,
  type CompanyUsersActions,
  type CompanyUserView,
  type InviteUserValues,
  type UserChangeFailure,
  userChangeFailure,
  type UserLimitsValues,
} from './company-users/company-users.types';
export { CompanyUsersManager } from './company-users/company-users-manager';
export { UserStatusBadge } from './company-users/company-users-table';
