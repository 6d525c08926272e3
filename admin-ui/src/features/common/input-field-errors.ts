import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * The API's `BAD_USER_INPUT` errors on `input.<path>` (`input.packagings.1.factor`) as form paths
 * (`packagings.1.factor`), messages without the path prefix. A CONFLICT (an SKU or code already taken)
 * goes to `conflictField` when given, as `conflictMessage` (in the person's language) or the API's text.
 */
export function inputFieldErrors(
  error: unknown,
  conflictField?: string,
  conflictMessage?: string,
): Record<string, string> {
  const result: Record<string, string> = {};
  if (!CombinedGraphQLErrors.is(error)) return result;
  for (const e of error.errors) {
    const field = e.extensions?.field;
    if (e.extensions?.code === 'BAD_USER_INPUT' && typeof field === 'string') {
      const path = field.replace(/^input\.?/, '');
      if (path) result[path] = e.message.startsWith(`${field}: `) ? e.message.slice(field.length + 2) : e.message;
    } else if (e.extensions?.code === 'CONFLICT' && conflictField) {
      result[conflictField] = conflictMessage ?? e.message;
    }
  }
  return result;
}
