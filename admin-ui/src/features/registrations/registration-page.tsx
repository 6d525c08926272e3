import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Card, DataList, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { errorMessage, PageTitle, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import type { CompanyRefFieldsFragment, RegistrationFieldsFragment } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import type { CompanyOption } from '../companies/pickers';
import { NoAccess } from '../common/no-access';
import { RegistrationKindBadge, RegistrationStatusBadge } from '../common/status-badges';
import { DecisionCard } from './decision-card';
import { REGISTRATION_QUERY } from './registrations.queries';

/** `/registrations/:id`: the applicant's data, duplicates by INN, and the decision. */
export function RegistrationPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(REGISTRATION_QUERY, { variables: { id } });
  // A duplicate the staff member chose to link the applicant to ("Link here").
  const [linkTo, setLinkTo] = useState<CompanyOption | null>(null);
  if (!hasPermission(session, 'READ_COMPANIES')) return <NoAccess />;
  const request = data?.registration;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/registrations" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('registration.back')}
        </Group>
      </Anchor>
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {loading && !request && <Loader />}
      {request && (
        <>
          <PageTitle title={t('registration.pageTitle', { name: request.companyName ?? request.inn })} />
          <Group gap="sm">
            <Title order={1} size="h2" data-testid="registration-title">
              {request.companyName ?? request.inn}
            </Title>
            <RegistrationKindBadge kind={request.kind} />
            <RegistrationStatusBadge status={request.status} />
          </Group>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="lg">
                <ApplicantCard request={request} />
                {request.matchedCompany && (
                  <Card withBorder padding="lg" data-testid="matched-company">
                    <Title order={2} size="h4">
                      {t('registration.matched')}
                    </Title>
                    <Text size="sm" c="dimmed" mb="sm">
                      {t('registration.matchedText')}
                    </Text>
                    <CompanyRef reference={request.matchedCompany} />
                  </Card>
                )}
                {request.kind === 'FULL' && (
                  <DuplicatesCard
                    duplicates={request.duplicates}
                    canLink={request.status === 'PENDING' && hasPermission(session, 'MANAGE_COMPANIES')}
                    onLink={setLinkTo}
                  />
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <DecisionCard request={request} linkTo={linkTo} onLinkToChange={setLinkTo} />
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}

function Item({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue data-testid={testId}>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function ApplicantCard({ request }: { request: RegistrationFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="lg" data-testid="applicant-card">
      <Title order={2} size="h4" mb="sm">
        {t('registration.applicant')}
      </Title>
      <DataList labelWidth={170} size="sm">
        {request.companyName && <Item label={t('registration.companyName')}>{request.companyName}</Item>}
        <Item label={t('registration.inn')} testId="applicant-inn">
          {request.inn}
        </Item>
        {request.kpp && <Item label={t('registration.kpp')}>{request.kpp}</Item>}
        {request.contractNumber && <Item label={t('registration.contractNumber')}>{request.contractNumber}</Item>}
        <Item label={t('registration.contactName')}>{request.contactName}</Item>
        <Item label={t('registration.email')}>
          {request.email} ·{' '}
          <Text span size="sm" c={request.emailVerifiedAt ? 'teal' : 'orange'}>
            {request.emailVerifiedAt
              ? t('registration.emailVerified', { date: format.dateTime(request.emailVerifiedAt) })
              : t('registration.emailNotVerified')}
          </Text>
        </Item>
        <Item label={t('registration.phone')}>{request.phone}</Item>
        {request.region && <Item label={t('registration.region')}>{request.region}</Item>}
        {request.businessKind && <Item label={t('registration.businessKind')}>{request.businessKind}</Item>}
        {request.comment && <Item label={t('registration.comment')}>{request.comment}</Item>}
        <Item label={t('registration.locale')}>{request.locale === 'en' ? 'English' : 'Русский'}</Item>
        <Item label={t('registration.createdAt')}>{format.dateTime(request.createdAt)}</Item>
        {request.decidedAt && (
          <Item label={t('registration.decided')}>
            {t('registration.decidedBy', {
              date: format.dateTime(request.decidedAt),
              name: request.decidedBy?.fullName ?? '—',
            })}
          </Item>
        )}
        {request.rejectionReason && (
          <Item label={t('registration.rejectionReason')} testId="rejection-reason">
            {request.rejectionReason}
          </Item>
        )}
      </DataList>
      {request.resultCompanyId && (
        <Anchor component={Link} to={`/companies/${request.resultCompanyId}`} size="sm" mt="sm" display="block">
          {t('registration.resultCompany')}
        </Anchor>
      )}
    </Card>
  );
}

function CompanyRef({ reference, action }: { reference: CompanyRefFieldsFragment; action?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap" data-testid="company-ref">
      <Stack gap={0}>
        <Group gap={6}>
          {reference.accessible && reference.companyName ? (
            <Anchor component={Link} to={`/companies/${reference.companyId}`} fw={600} size="sm">
              {reference.companyName}
            </Anchor>
          ) : (
            <Text fw={600} size="sm">
              {reference.companyName ?? t('registration.otherManager')}
            </Text>
          )}
          {reference.sameKpp && (
            <Badge size="xs" color="orange" variant="light" tt="none">
              {t('registration.sameKpp')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {reference.legalEntityName ? `${reference.legalEntityName} · ` : ''}
          {reference.inn}
          {reference.kpp ? ` / ${reference.kpp}` : ''} ·{' '}
          {reference.managerName
            ? t('registration.managerName', { name: reference.managerName })
            : t('registration.noManager')}
        </Text>
      </Stack>
      {action}
    </Group>
  );
}

function DuplicatesCard({
  duplicates,
  canLink,
  onLink,
}: {
  duplicates: readonly CompanyRefFieldsFragment[];
  canLink: boolean;
  onLink: (company: CompanyOption) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" data-testid="duplicates">
      <Title order={2} size="h4">
        {t('registration.duplicates')}
      </Title>
      {duplicates.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('registration.noDuplicates')}
        </Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('registration.duplicatesText')}
          </Text>
          {duplicates.map((d) => (
            <CompanyRef
              key={`${d.companyId}-${d.kpp ?? ''}`}
              reference={d}
              action={
                canLink &&
                d.accessible &&
                d.companyName && (
                  <Anchor
                    component="button"
                    size="sm"
                    style={{ whiteSpace: 'nowrap' }}
                    onClick={() => onLink({ value: d.companyId, label: `${d.companyName ?? ''} · ${d.inn}` })}
                  >
                    {t('registration.linkHere')}
                  </Anchor>
                )
              }
            />
          ))}
        </Stack>
      )}
    </Card>
  );
}
