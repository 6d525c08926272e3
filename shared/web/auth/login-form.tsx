import { useMutation } from '@apollo/client/react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage, fieldErrors } from '../errors/graphql-errors';
import { useRevalidateOnLanguageChange } from '../forms/use-revalidate-on-language-change';
import { useFormat } from '../format/format';
import { isAuthPayload } from './auth-config';
import { useAuth } from './auth-provider';

// Kept as data, not text, so the message follows a language switch.
type LoginFailure =
  | { kind: 'invalidCredentials' }
  | { kind: 'tooManyAttempts' }
  | { kind: 'companyBlocked' }
  | { kind: 'companyPending' }
  | { kind: 'error'; error: unknown };

/**
 * E-mail and password against the app's `login` mutation (from the AuthProvider's config).
 * `initialEmail`: e.g. from a "password saved" page, so the person only types the password.
 */
export function LoginForm({ initialEmail = '' }: { initialEmail?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { config, signIn } = useAuth();
  const [login, { loading }] = useMutation(config.documents.login);
  const [failure, setFailure] = useState<LoginFailure | null>(null);
  const [blockedSeconds, setBlockedSeconds] = useState(0);

  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: initialEmail, password: '' },
    validate: {
      email: (value) =>
        !value.trim() ? t('login.emailRequired') : /^\S+@\S+$/.test(value.trim()) ? null : t('login.emailInvalid'),
      password: (value) => (value ? null : t('login.passwordRequired')),
    },
  });
  useRevalidateOnLanguageChange(form);

  useEffect(() => {
    if (blockedSeconds <= 0) return;
    const timer = window.setTimeout(() => {
      setBlockedSeconds((seconds) => seconds - 1);
    }, 1000);
    return () => {
      window.clearTimeout(timer);
    };
  }, [blockedSeconds]);

  const submit = async ({ email, password }: typeof form.values) => {
    setFailure(null);
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      const result = data?.login;
      if (!result) return;
      if (isAuthPayload(config, result)) {
        signIn(result);
        return;
      }
      switch (result.__typename) {
        case 'InvalidCredentialsError':
          setFailure({ kind: 'invalidCredentials' });
          break;
        case 'TooManyAttemptsError':
          setFailure({ kind: 'tooManyAttempts' });
          setBlockedSeconds(result.retryAfterSeconds);
          break;
        case 'CompanyBlockedError':
          setFailure({ kind: 'companyBlocked' });
          break;
        case 'CompanyPendingError':
          setFailure({ kind: 'companyPending' });
          break;
      }
    } catch (error) {
      const errors = fieldErrors(error);
      if (Object.keys(errors).length > 0) form.setErrors(errors);
      else setFailure({ kind: 'error', error });
    }
  };

  const failureText = (() => {
    switch (failure?.kind) {
      case 'invalidCredentials':
        return t('login.invalidCredentials');
      case 'companyBlocked':
        return t('login.companyBlocked');
      case 'companyPending':
        return t('login.companyPending');
      case 'tooManyAttempts':
        return blockedSeconds > 0 ? t('login.tooManyAttempts', { time: format.seconds(blockedSeconds) }) : null;
      case 'error':
        return errorMessage(failure.error, t);
      default:
        return null;
    }
  })();

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
      <Stack gap="md">
        {failureText && (
          <Alert color="red" variant="light" title={t('login.failedTitle')} data-testid="login-error">
            {failureText}
          </Alert>
        )}
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
          required
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" fullWidth loading={loading} disabled={blockedSeconds > 0}>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
