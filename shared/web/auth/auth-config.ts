import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** Operations without variables, as codegen types them (`Exact<{ [key: string]: never }>`). */
export type NoVariables = Record<string, never>;

export interface LoginInput {
  email: string;
  password: string;
}

/** The success member of `login` / `refreshAccessToken` (`ShopAuthPayload`, `AdminAuthPayload`). */
export interface AuthPayload<TName extends string = string, TSession = unknown> {
  __typename: TName;
  accessToken: string;
  session: TSession;
}

/** The business outcomes of `login` other than success (the company ones only on the shop API). */
export type LoginFailure =
  | { __typename: 'InvalidCredentialsError' }
  | { __typename: 'TooManyAttemptsError'; retryAfterSeconds: number }
  | { __typename: 'CompanyBlockedError' }
  | { __typename: 'CompanyPendingError' };

export type LoginResult<TName extends string = string, TSession = unknown> =
  AuthPayload<TName, TSession> | LoginFailure;
export type RefreshResult<TName extends string = string, TSession = unknown> =
  AuthPayload<TName, TSession> | { __typename: 'InvalidRefreshTokenError' };

/**
 * What differs between the apps' sessions: the endpoint, the payload's `__typename` and the app's
 * own typed documents (generated per app from its schema). The session is opaque here; each app
 * reads it through its own `Me` query, whose `me` must be what the payloads carry as `session`.
 */
export interface AuthConfig<TName extends string = string, TSession = unknown> {
  /** Same-origin GraphQL endpoint: `/shop-api` or `/admin-api`. */
  endpoint: string;
  payloadTypename: TName;
  documents: {
    me: TypedDocumentNode<{ __typename?: 'Query'; me: TSession }, NoVariables>;
    login: TypedDocumentNode<{ login: LoginResult<NoInfer<TName>, NoInfer<TSession>> }, { input: LoginInput }>;
    refresh: TypedDocumentNode<{ refreshAccessToken: RefreshResult<NoInfer<TName>, NoInfer<TSession>> }, NoVariables>;
    logout: TypedDocumentNode<unknown, NoVariables>;
  };
}

/** Checks an app's auth settings against its generated documents; returns them unchanged. */
export function defineAuth<TName extends string, TSession>(config: AuthConfig<TName, TSession>): AuthConfig {
  return config;
}

export function isAuthPayload<T extends { __typename: string }>(
  config: Pick<AuthConfig, 'payloadTypename'>,
  result: T | null | undefined,
): result is Extract<T, AuthPayload> {
  return result?.__typename === config.payloadTypename;
}
