import { Alert, Anchor, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { PublicPage } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { FullRegistrationForm } from './full-registration-form';
import { ShortRegistrationForm } from './short-registration-form';

export interface Submitted {
  email: string;
  statusToken: string;
}

type Kind = 'full' | 'short';

/**
 * `/register`: the closed portal's questionnaire. New clients fill the full form; existing offline
 * clients link themselves to their company with the INN and a contract number (short form). Either
 * way the applicant confirms the e-mail by a link, then staff decide.
 */
export function RegisterPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('full');
  const [submitted, setSubmitted] = useState<Submitted | null>(null);

  return (
    <PublicPage
      title={t('register.title')}
      pageTitle={t('register.pageTitle')}
      subtitle={t('register.subtitle')}
      width={680}
      footer={
        <Group justify="center" gap={6}>
          <Text size="sm" c="dimmed">
            {t('register.haveAccount')}
          </Text>
          <Anchor component={Link} to="/login" size="sm">
            {t('register.toLogin')}
          </Anchor>
        </Group>
      }
    >
      {submitted ? (
        <Stack gap="md" data-testid="registration-sent">
          <Alert color="teal" icon={<IconMailCheck />} title={t('register.sentTitle')}>
            {t('register.sentText', { email: submitted.email })}
          </Alert>
          <Button
            component={Link}
            to={`/register/status?token=${encodeURIComponent(submitted.statusToken)}`}
            variant="light"
          >
            {t('register.statusLink')}
          </Button>
        </Stack>
      ) : (
        <Stack gap="md">
          <SegmentedControl
            fullWidth
            aria-label={t('register.kind')}
            value={kind}
            onChange={(value) => setKind(value === 'short' ? 'short' : 'full')}
            data={[
              { value: 'full', label: t('register.full') },
              { value: 'short', label: t('register.short') },
            ]}
          />
          <Text size="sm" c="dimmed">
            {kind === 'full' ? t('register.fullHint') : t('register.shortHint')}
          </Text>
          {kind === 'full' ? (
            <FullRegistrationForm onSubmitted={setSubmitted} />
          ) : (
            <ShortRegistrationForm onSubmitted={setSubmitted} />
          )}
        </Stack>
      )}
    </PublicPage>
  );
}
