import { Alert } from '@mantine/core';
import { errorMessage, useFormat } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

/** Kept as data, not text, so the message follows a language switch. */
export type RegistrationFailure =
  | { kind: 'duplicate' }
  | { kind: 'noMatchingContract' }
  | { kind: 'tooManyAttempts'; seconds: number }
  | { kind: 'error'; error: unknown };

export function RegistrationFailureAlert({ failure }: { failure: RegistrationFailure }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = (() => {
    switch (failure.kind) {
      case 'duplicate':
        return t('register.duplicate');
      case 'noMatchingContract':
        return t('register.noMatchingContract');
      case 'tooManyAttempts':
        return t('register.tooManyAttempts', { time: format.seconds(failure.seconds) });
      case 'error':
        return errorMessage(failure.error, t);
    }
  })();
  return (
    <Alert color="red" data-testid="registration-error">
      {text}
    </Alert>
  );
}
