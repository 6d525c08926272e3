import { Alert, Badge, Button, DataList, Stack } from '@mantine/core';
import { useFormat } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { RegistrationStatus, RegistrationStatusFieldsFragment } from '../../gql/graphql';

const STATUS_COLOR: Record<RegistrationStatus, string> = {
  UNVERIFIED: 'gray',
  PENDING: 'blue',
  APPROVED: 'teal',
  REJECTED: 'red',
};

export function RegistrationStatusBadge({ status }: { status: RegistrationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" tt="none" size="lg" data-testid="registration-status">
      {t(`registrationStatus.status.${status}`)}
    </Badge>
  );
}

/** What the applicant may know about his request: status, what he sent, the decision and its reason. */
export function RegistrationStatusView({ view }: { view: RegistrationStatusFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const note = {
    UNVERIFIED: t('registrationStatus.unverifiedText'),
    PENDING: t('registrationStatus.pendingText'),
    APPROVED: t('registrationStatus.approvedText'),
    REJECTED: t('registrationStatus.rejectedText'),
  }[view.status];

  return (
    <Stack gap="md">
      <RegistrationStatusBadge status={view.status} />
      <DataList labelWidth={150}>
        <DataList.Item>
          <DataList.ItemLabel>{t('registrationStatus.company')}</DataList.ItemLabel>
          <DataList.ItemValue>{view.companyName ?? t(`registrationStatus.kind.${view.kind}`)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('registrationStatus.inn')}</DataList.ItemLabel>
          <DataList.ItemValue>{view.inn}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('registrationStatus.email')}</DataList.ItemLabel>
          <DataList.ItemValue>
            {view.email} ·{' '}
            {view.emailVerified ? t('registrationStatus.emailConfirmed') : t('registrationStatus.emailNotConfirmed')}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('registrationStatus.submittedAt')}</DataList.ItemLabel>
          <DataList.ItemValue>{format.dateTime(view.submittedAt)}</DataList.ItemValue>
        </DataList.Item>
        {view.decidedAt && (
          <DataList.Item>
            <DataList.ItemLabel>{t('registrationStatus.decidedAt')}</DataList.ItemLabel>
            <DataList.ItemValue>{format.dateTime(view.decidedAt)}</DataList.ItemValue>
          </DataList.Item>
        )}
        {view.rejectionReason && (
          <DataList.Item>
            <DataList.ItemLabel>{t('registrationStatus.reason')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="rejection-reason">{view.rejectionReason}</DataList.ItemValue>
          </DataList.Item>
        )}
      </DataList>
      <Alert color={view.status === 'REJECTED' ? 'red' : view.status === 'APPROVED' ? 'teal' : 'blue'} variant="light">
        {note}
      </Alert>
      {view.status === 'APPROVED' && (
        <Button component={Link} to={`/login?email=${encodeURIComponent(view.email)}`}>
          {t('registrationStatus.toLogin')}
        </Button>
      )}
    </Stack>
  );
}
