import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { errorMessage, PublicPage, type TokenProblem, useAuth } from '@wholesail/shared/web';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { REDEEM_ACT_AS_TICKET_MUTATION } from './act-as.queries';

export const ACT_AS_PATH = '/act-as';
export const ACT_AS_ENDED_PATH = '/act-as/ended';

/**
 * `/act-as?ticket=`: a staff member's "Act as" button opens this tab. The ticket (single use, two
 * minutes) is exchanged for a buyer session like a login (the API sets the refresh cookie), then the
 * storefront opens as that buyer with the banner naming the staff member.
 */
export function ActAsPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const ticket = searchParams.get('ticket') ?? '';
  const { status, signIn } = useAuth();
  const client = useApolloClient();
  const navigate = useNavigate();
  // The session is not cached as is: the store is cleared of any previous buyer's data first.
  const [redeem] = useMutation(REDEEM_ACT_AS_TICKET_MUTATION, { fetchPolicy: 'no-cache' });
  const [failure, setFailure] = useState<TokenProblem | { error: unknown } | null>(null);
  // A ticket works once: redeem it once per page, even if effects run twice (StrictMode).
  const started = useRef(false);

  useEffect(() => {
    // Wait until the session restore (refresh cookie) is done, so its answer cannot overwrite this one.
    if (!ticket || status === 'restoring' || started.current) return;
    started.current = true;
    void (async () => {
      try {
        const { data } = await redeem({ variables: { ticket } });
        const result = data?.redeemActAsTicket;
        if (result?.__typename === 'ShopAuthPayload') {
          await client.clearStore();
          signIn(result);
          await navigate('/', { replace: true });
        } else if (result?.__typename === 'InvalidTokenError') {
          setFailure(result.reason);
        }
      } catch (error) {
        setFailure({ error });
      }
    })();
  }, [ticket, status, redeem, client, signIn, navigate]);

  const problem = ticket ? failure : 'UNKNOWN';
  return (
    <PublicPage title={t('acting.openTitle')}>
      {problem ? (
        <Alert color="red" data-testid="act-as-error">
          {typeof problem === 'string' ? t(`acting.invalid.${problem}`) : errorMessage(problem.error, t)}
        </Alert>
      ) : (
        <Center>
          <Stack align="center" gap="sm">
            <Loader />
            <Text size="sm" c="dimmed">
              {t('acting.opening')}
            </Text>
          </Stack>
        </Center>
      )}
    </PublicPage>
  );
}

/** Where "End session" in the acting banner leads: the session is signed out, the tab can go. */
export function ActAsEndedPage() {
  const { t } = useTranslation();
  return (
    <PublicPage title={t('acting.endedTitle')}>
      <Stack gap="md">
        <Alert color="teal" icon={<IconCircleCheck />} data-testid="act-as-ended">
          {t('acting.endedText')}
        </Alert>
        <Button component={Link} to="/login" variant="light">
          {t('acting.toLogin')}
        </Button>
      </Stack>
    </PublicPage>
  );
}
