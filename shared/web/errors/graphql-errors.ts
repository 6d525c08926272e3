import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

/** `extensions.code` values the API promises (anything else is treated as unexpected). */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR';

/** `extensions.errorCode` of BAD_USER_INPUT errors that have a message of their own in `fieldErrorCodes`. */
const FIELD_ERROR_CODES = [
  'INVALID_INN',
  'INVALID_KPP',
  'INVALID_OGRN',
  'INVALID_BIK',
  'INVALID_ACCOUNT',
  'INVALID_TERMS',
  'INVALID_DATE',
  'INVALID_CURRENCY',
  'INVALID_AMOUNT',
] as const;
type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

function isFieldErrorCode(code: unknown): code is FieldErrorCode {
  return FIELD_ERROR_CODES.some((known) => known === code);
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

export function isUnauthenticated(error: unknown): boolean {
  return hasErrorCode(error, 'UNAUTHENTICATED') || (ServerError.is(error) && error.statusCode === 401);
}

/** The API prefixes a field's message with its path (`input.email: must be…`); the form shows the field already. */
function withoutFieldPrefix(message: string, field: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

/**
 * `BAD_USER_INPUT` errors name the offending field in `extensions.field` (e.g. `input.name`);
 * returns them keyed by the last path segment so they can go straight into a Mantine form.
 * With `t`, errors whose `extensions.errorCode` is known (INVALID_INN…) are in the person's language.
 */
export function fieldErrors(error: unknown, t?: TFunction): Record<string, string> {
  const result: Record<string, string> = {};
  if (!CombinedGraphQLErrors.is(error)) return result;
  for (const e of error.errors) {
    const field = e.extensions?.field;
    if (e.extensions?.code === 'BAD_USER_INPUT' && typeof field === 'string') {
      const code = e.extensions.errorCode;
      result[field.split('.').pop() ?? field] =
        t && isFieldErrorCode(code) ? t(`fieldErrorCodes.${code}`) : withoutFieldPrefix(e.message, field);
    }
  }
  return result;
}

/** A message for a person, in their language, for an error that is not a business result. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isUnauthenticated(error)) return t('errors.sessionExpired');
  if (CombinedGraphQLErrors.is(error)) {
    if (hasErrorCode(error, 'FORBIDDEN')) return t('errors.forbidden');
    if (hasErrorCode(error, 'NOT_FOUND')) return t('errors.notFound');
    const badInput = error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
    if (badInput) return badInput.message;
    return t('errors.unexpected');
  }
  if (error instanceof TypeError || ServerError.is(error)) return t('errors.network');
  return t('errors.unexpected');
}
