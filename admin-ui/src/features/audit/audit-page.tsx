import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Autocomplete,
  Code,
  Group,
  Loader,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconListDetails } from '@tabler/icons-react';
import { errorMessage, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { AuditEventsQuery } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { MANAGER_OPTIONS_QUERY } from '../companies/companies.queries';
import { CompanyPicker } from '../companies/pickers';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { PAGE_SIZE, Pager } from '../common/pager';
import { useUrlState } from '../common/url-state';
import { AUDIT_EVENTS_QUERY } from './audit.queries';

type AuditEvent = AuditEventsQuery['auditEvents']['items'][number];

/** Actions recorded by this release: prefixes (a group) and the common exact ones. */
const ACTION_SUGGESTIONS = [
  'registration.',
  'registration.approved',
  'registration.rejected',
  'company.',
  'company.created',
  'company.blocked',
  'company.manager_changed',
  'company.groups_changed',
  'legal_entity.',
  'contract.',
  'member.',
  'member.invited',
  'member.role_changed',
  'member.limits_changed',
  'member.deactivated',
  'member.reactivated',
  'staff.',
  'contractor_group.',
  'act_as.',
  'act_as.started',
  'act_as.ended',
];

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** A day from a date input as the start of that day in the browser's time zone, in ISO. */
function dayStart(day: string, plusDays = 0): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/** `/audit`: who did what, newest first; filters by action (or a prefix), company, staff member and dates. */
export function AuditPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (!hasPermission(session, 'READ_AUDIT_LOG')) return <NoAccess />;
  return (
    <Stack gap="md">
      <PageHeader title={t('audit.pageTitle')} description={t('audit.description')} />
      <AuditList />
    </Stack>
  );
}

function AuditList() {
  const { t } = useTranslation();
  const format = useFormat();
  const [state, update] = useUrlState(['action', 'company', 'staff', 'from', 'to'] as const);
  const setAction = useDebouncedCallback((action: string) => update({ action }), 300);
  const staff = useQuery(MANAGER_OPTIONS_QUERY);
  const [details, setDetails] = useState<AuditEvent | null>(null);
  const { data, previousData, loading, error } = useQuery(AUDIT_EVENTS_QUERY, {
    variables: {
      filter: {
        action: state.action.trim() || null,
        companyId: state.company || null,
        staffUserId: state.staff || null,
        from: dayStart(state.from),
        to: dayStart(state.to, 1),
      },
      skip: (state.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.auditEvents;

  const actor = (e: AuditEvent) => {
    const name = e.staffUserName ?? e.buyerUserName ?? e.apiKeyName ?? '—';
    const kind = ['staff', 'buyer', 'apiKey', 'system'].includes(e.actorKind)
      ? t(`audit.actor.${e.actorKind as 'staff' | 'buyer' | 'apiKey' | 'system'}`)
      : e.actorKind;
    return (
      <>
        <Text size="sm">{name}</Text>
        <Text size="xs" c="dimmed">
          {kind}
        </Text>
        {e.actingStaffUserName && (
          <Text size="xs" c="orange" data-testid="acting-staff">
            {t('audit.actingFor', { name: e.actingStaffUserName })}
          </Text>
        )}
      </>
    );
  };

  return (
    <>
      <Group gap="sm" align="flex-end">
        <Autocomplete
          label={t('audit.action')}
          placeholder={t('audit.actionPlaceholder')}
          data={ACTION_SUGGESTIONS}
          defaultValue={state.action}
          onChange={setAction}
          w={280}
        />
        <CompanyPicker
          label={t('audit.company')}
          placeholder={t('filters.all')}
          value={state.company || null}
          onChange={(company) => update({ company: company?.value ?? null })}
          w={280}
        />
        <Select
          label={t('audit.staff')}
          placeholder={t('filters.all')}
          data={(staff.data?.staffUsers.items ?? []).map((s) => ({ value: s.id, label: s.fullName }))}
          value={state.staff || null}
          onChange={(value) => update({ staff: value })}
          searchable
          clearable
          w={220}
        />
        <TextInput
          label={t('filters.from')}
          type="date"
          value={state.from}
          onChange={(event) => update({ from: event.currentTarget.value })}
          w={160}
        />
        <TextInput
          label={t('filters.to')}
          type="date"
          value={state.to}
          onChange={(event) => update({ to: event.currentTarget.value })}
          w={160}
        />
        {loading && <Loader size="sm" mb={8} />}
      </Group>
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {page && page.items.length === 0 && <Text c="dimmed">{t('audit.empty')}</Text>}
      {page && page.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={1100}>
            <Table striped highlightOnHover verticalSpacing={6} data-testid="audit-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.columns.at')}</Table.Th>
                  <Table.Th>{t('audit.columns.actor')}</Table.Th>
                  <Table.Th>{t('audit.columns.action')}</Table.Th>
                  <Table.Th>{t('audit.columns.object')}</Table.Th>
                  <Table.Th>{t('audit.columns.company')}</Table.Th>
                  <Table.Th>{t('audit.columns.reason')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((e) => (
                  <Table.Tr key={e.id} data-testid="audit-row" data-action={e.action}>
                    <Table.Td style={NO_WRAP}>{format.dateTime(e.at)}</Table.Td>
                    <Table.Td>{actor(e)}</Table.Td>
                    <Table.Td>
                      <Code>{e.action}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{e.entityType}</Text>
                      {e.entityId && (
                        <Text size="xs" c="dimmed" ff="monospace">
                          {e.entityId.slice(0, 8)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {e.companyId && e.companyName ? (
                        <Anchor component={Link} to={`/companies/${e.companyId}`} size="sm">
                          {e.companyName}
                        </Anchor>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {e.reason ?? '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {(e.before || e.after) && (
                        <Tooltip label={t('audit.details')}>
                          <ActionIcon variant="subtle" aria-label={t('audit.details')} onClick={() => setDetails(e)}>
                            <IconListDetails size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager total={page.totalCount} page={state.page} onChange={(p) => update({ page: p })} />
        </>
      )}
      <Modal opened={details !== null} onClose={() => setDetails(null)} size="xl" title={details?.action}>
        {details && (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('audit.before')}
              </Text>
              <Code block>{pretty(details.before)}</Code>
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('audit.after')}
              </Text>
              <Code block>{pretty(details.after)}</Code>
            </Stack>
          </SimpleGrid>
        )}
      </Modal>
    </>
  );
}

function pretty(json: string | null): string {
  if (!json) return '—';
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}
