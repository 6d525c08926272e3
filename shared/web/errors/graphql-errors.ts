import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

/** `extensions.code` values the API promises (anything else is treated as unexpected). */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'INTERNAL_SERVER_ERROR';

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

export function isUnauthenticated(error: unknown): boolean {
  return hasErrorCode(error, 'UNAUTHENTICATED') || (ServerError.is(error) && error.statusCode === 401);
}

/**
 * `BAD_USER_INPUT` errors name the offending field in `extensions.field` (e.g. `input.name`);
 * returns them keyed by the last path segment so they can go straight into a Mantine form.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!CombinedGraphQLErrors.is(error)) return result;
  for (const e of error.errors) {
    const field = e.extensions?.field;
    if (e.extensions?.code === 'BAD_USER_INPUT' && typeof field === 'string') {
      result[field.split('.').pop() ?? field] = e.message;
    }
  }
  return result;
}

/** A message for a person, in their language, for an error that is not a business result. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isUnauthenticated(error)) return t('errors.sessionExpired');
  if (CombinedGraphQLErrors.is(error)) {
    if (hasErrorCode(error, 'FORBIDDEN')) return t('errors.forbidden');
    const badInput = error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
    if (badInput) return badInput.message;
    return t('errors.unexpected');
  }
  if (error instanceof TypeError || ServerError.is(error)) return t('errors.network');
  return t('errors.unexpected');
}
