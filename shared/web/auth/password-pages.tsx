import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { PublicPage } from '../components/public-page';
import { errorMessage, fieldErrors } from '../errors/graphql-errors';
import { useRevalidateOnLanguageChange } from '../forms/use-revalidate-on-language-change';
import { createValidators, PASSWORD_MIN_LENGTH } from '../forms/validators';
import { useFormat } from '../format/format';
import { FORGOT_PASSWORD_PATH } from './login-page';

export type TokenProblem = 'UNKNOWN' | 'EXPIRED' | 'USED';

/** The app's `requestPasswordReset` document (the same shape in both APIs). */
export type RequestPasswordResetDocument = TypedDocumentNode<
  {
    requestPasswordReset:
      { __typename: 'RequestAccepted' } | { __typename: 'TooManyAttemptsError'; retryAfterSeconds: number };
  },
  { input: { email: string } }
>;

/** The app's `setPassword` document (invitation and reset links). */
export type SetPasswordDocument = TypedDocumentNode<
  {
    setPassword:
      { __typename: 'PasswordSet'; email: string } | { __typename: 'InvalidTokenError'; reason: TokenProblem };
  },
  { input: { token: string; password: string } }
>;

export interface PasswordDocuments {
  requestReset: RequestPasswordResetDocument;
  setPassword: SetPasswordDocument;
}

const BackToLogin = () => {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/login" size="sm" ta="center">
      {t('passwordReset.backToLogin')}
    </Anchor>
  );
};

/** `/forgot-password`: asks for a reset link; answers the same whether the address is known or not. */
export function ForgotPasswordPage({ document }: { document: RequestPasswordResetDocument }) {
  const { t } = useTranslation();
  const format = useFormat();
  const validators = createValidators(t);
  const [request, { loading }] = useMutation(document);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ retryAfterSeconds: number } | { error: unknown } | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: { email: validators.email },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async ({ email }: { email: string }) => {
    setFailure(null);
    try {
      const { data } = await request({ variables: { input: { email: email.trim() } } });
      const result = data?.requestPasswordReset;
      if (result?.__typename === 'RequestAccepted') setSentTo(email.trim());
      else if (result?.__typename === 'TooManyAttemptsError')
        setFailure({ retryAfterSeconds: result.retryAfterSeconds });
    } catch (error) {
      const errors = fieldErrors(error, t);
      if (Object.keys(errors).length > 0) form.setErrors(errors);
      else setFailure({ error });
    }
  };

  return (
    <PublicPage title={t('passwordReset.title')} pageTitle={t('passwordReset.pageTitle')} footer={<BackToLogin />}>
      {sentTo ? (
        <Alert color="teal" icon={<IconCircleCheck />} title={t('passwordReset.sentTitle')} data-testid="reset-sent">
          {t('passwordReset.sentText', { email: sentTo })}
        </Alert>
      ) : (
        <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('passwordReset.text')}
            </Text>
            {failure && (
              <Alert color="red" data-testid="reset-error">
                {'retryAfterSeconds' in failure
                  ? t('passwordReset.tooManyAttempts', { time: format.seconds(failure.retryAfterSeconds) })
                  : errorMessage(failure.error, t)}
              </Alert>
            )}
            <TextInput
              label={t('login.email')}
              type="email"
              autoComplete="username"
              required
              data-autofocus
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <Button type="submit" fullWidth loading={loading}>
              {t('passwordReset.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </PublicPage>
  );
}

/** `/set-password?token=`: the link of an invitation, an approved registration or a reset. */
export function SetPasswordPage({ document }: { document: SetPasswordDocument }) {
  const { t } = useTranslation();
  const validators = createValidators(t);
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [setPassword, { loading }] = useMutation(document);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<TokenProblem | null>(token ? null : 'UNKNOWN');
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { password: '', confirm: '' },
    validate: {
      password: validators.password,
      confirm: (value, values) => (value === values.password ? null : t('validation.passwordsDiffer')),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async ({ password }: { password: string }) => {
    setFailure(null);
    try {
      const { data } = await setPassword({ variables: { input: { token, password } } });
      const result = data?.setPassword;
      if (result?.__typename === 'PasswordSet') setDone(result.email);
      else if (result?.__typename === 'InvalidTokenError') setProblem(result.reason);
    } catch (error) {
      const errors = fieldErrors(error, t);
      if (errors.password) form.setErrors({ password: errors.password });
      else setFailure(error);
    }
  };

  if (done) {
    return (
      <PublicPage title={t('setPassword.doneTitle')} pageTitle={t('setPassword.pageTitle')}>
        <Stack gap="md">
          <Alert color="teal" icon={<IconCircleCheck />} data-testid="password-set">
            {t('setPassword.doneText', { email: done })}
          </Alert>
          <Button component={Link} to={`/login?email=${encodeURIComponent(done)}`} fullWidth>
            {t('setPassword.signIn')}
          </Button>
        </Stack>
      </PublicPage>
    );
  }

  return (
    <PublicPage
      title={t('setPassword.title')}
      pageTitle={t('setPassword.pageTitle')}
      subtitle={problem ? undefined : t('setPassword.text', { min: PASSWORD_MIN_LENGTH })}
      footer={<BackToLogin />}
    >
      {problem ? (
        <Stack gap="md">
          <Alert color="red" data-testid="token-problem">
            {token ? t(`setPassword.invalid.${problem}`) : t('setPassword.noToken')}
          </Alert>
          <Group justify="center">
            <Button component={Link} to={FORGOT_PASSWORD_PATH} variant="light">
              {t('setPassword.requestNew')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
          <Stack gap="md">
            {failure !== null && <Alert color="red">{errorMessage(failure, t)}</Alert>}
            <PasswordInput
              label={t('setPassword.password')}
              autoComplete="new-password"
              required
              data-autofocus
              visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
              key={form.key('password')}
              {...form.getInputProps('password')}
            />
            <PasswordInput
              label={t('setPassword.confirm')}
              autoComplete="new-password"
              required
              visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
              key={form.key('confirm')}
              {...form.getInputProps('confirm')}
            />
            <Button type="submit" fullWidth loading={loading}>
              {t('setPassword.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </PublicPage>
  );
}
