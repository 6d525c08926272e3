import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { errorMessage, PublicPage, type TokenProblem } from '@wholesail/shared/web';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import type { RegistrationStatusFieldsFragment } from '../../gql/graphql';
import { REGISTRATION_STATUS_QUERY, VERIFY_REGISTRATION_EMAIL_MUTATION } from './registration.queries';
import { RegistrationStatusView } from './registration-status-view';

function TokenProblemAlert({ problem }: { problem: TokenProblem | { error: unknown } | 'noToken' }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" data-testid="token-problem">
      {problem === 'noToken'
        ? t('registrationStatus.noToken')
        : typeof problem === 'string'
          ? t(`registrationStatus.invalid.${problem}`)
          : errorMessage(problem.error, t)}
    </Alert>
  );
}

/** `/register/verify?token=`: the link from the confirmation e-mail; confirms on opening. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [verify] = useMutation(VERIFY_REGISTRATION_EMAIL_MUTATION);
  const [outcome, setOutcome] = useState<RegistrationStatusFieldsFragment | TokenProblem | { error: unknown } | null>(
    null,
  );
  // The link works once: confirm once per page, even if effects run twice (StrictMode).
  const started = useRef(false);

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    void (async () => {
      try {
        const { data } = await verify({ variables: { token } });
        const result = data?.verifyRegistrationEmail;
        if (result?.__typename === 'RegistrationStatusView') setOutcome(result);
        else if (result?.__typename === 'InvalidTokenError') setOutcome(result.reason);
      } catch (error) {
        setOutcome({ error });
      }
    })();
  }, [token, verify]);

  let body;
  if (!token) body = <TokenProblemAlert problem="noToken" />;
  else if (outcome === null)
    body = (
      <Center>
        <Stack align="center" gap="sm">
          <Loader />
          <Text size="sm" c="dimmed">
            {t('registrationStatus.verifying')}
          </Text>
        </Stack>
      </Center>
    );
  else if (typeof outcome === 'string' || 'error' in outcome) body = <TokenProblemAlert problem={outcome} />;
  else
    body = (
      <Stack gap="md">
        <Alert color="teal" icon={<IconCircleCheck />} data-testid="email-verified">
          {t('registrationStatus.verified')}
        </Alert>
        <RegistrationStatusView view={outcome} />
      </Stack>
    );

  return <PublicPage title={t('registrationStatus.verifyTitle')}>{body}</PublicPage>;
}

/** `/register/status?token=`: the applicant's view of his request (link in the e-mail and after sending). */
export function RegistrationStatusPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const { data, error, loading } = useQuery(REGISTRATION_STATUS_QUERY, {
    variables: { token },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const result = data?.registrationStatus;

  let body;
  if (!token) body = <TokenProblemAlert problem="noToken" />;
  else if (error) body = <TokenProblemAlert problem={{ error }} />;
  else if (loading || !result) body = <Loader />;
  else if (result.__typename === 'InvalidTokenError') body = <TokenProblemAlert problem={result.reason} />;
  else body = <RegistrationStatusView view={result} />;

  return (
    <PublicPage title={t('registrationStatus.title')} pageTitle={t('registrationStatus.pageTitle')} width={520}>
      {body}
    </PublicPage>
  );
}
