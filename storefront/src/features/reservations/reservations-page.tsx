import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  EmptyState,
  Group,
  Loader,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClockPause } from '@tabler/icons-react';
import { ConfirmModal, errorMessage, fieldErrors, PageTitle, useFormat } from '@wholesail/shared/web';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ReservationFieldsFragment, ReservationStatus } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import {
  EXTEND_RESERVATION_MUTATION,
  RELEASE_RESERVATION_MUTATION,
  RESERVATION_POLICY_QUERY,
  RESERVATIONS_QUERY,
} from './reservations.queries';

type View = 'active' | 'all';
const STATUS_COLOR: Record<ReservationStatus, string> = { ACTIVE: 'green', EXPIRED: 'gray', RELEASED: 'blue' };

/** "2 h 05 min 09 s" left, from the expiry moment and the clock. */
function timeLeft(expiresAt: string, now: number): number {
  return Math.max(0, Math.floor((new Date(expiresAt).getTime() - now) / 1000));
}

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

function Countdown({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    <Text
      size="sm"
      ff="monospace"
      c={seconds < 3600 ? 'orange' : undefined}
      style={{ whiteSpace: 'nowrap' }}
      data-testid="time-left"
    >
      {t('reservations.left', { h, m: pad(m), s: pad(s) })}
    </Text>
  );
}

/** The company's reservations: time left ticking, extend and release (for those who may order). */
export function ReservationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const canChange = hasPermission(session, 'PLACE_ORDERS');
  const [view, setView] = useState<View>('active');
  const now = useNow();
  const { data, previousData, loading, error, refetch } = useQuery(RESERVATIONS_QUERY, {
    variables: { filter: view === 'active' ? { statuses: ['ACTIVE'] } : null, skip: 0, take: 200 },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.reservations;
  const [extending, setExtending] = useState<ReservationFieldsFragment | null>(null);
  const [releasing, setReleasing] = useState<ReservationFieldsFragment | null>(null);
  const [release, releaseState] = useMutation(RELEASE_RESERVATION_MUTATION);

  const doRelease = async () => {
    if (!releasing) return;
    try {
      const { data: result } = await release({ variables: { id: releasing.id } });
      const outcome = result?.releaseReservation;
      if (outcome?.__typename === 'Reservation') {
        notifications.show({ color: 'teal', message: t('reservations.released', { sku: outcome.product.sku }) });
      } else {
        notifications.show({ color: 'red', message: outcome?.message ?? t('errors.unexpected') });
      }
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    }
    setReleasing(null);
    await refetch();
  };

  return (
    <Stack gap="md" maw={1200}>
      <PageTitle title={t('reservations.pageTitle')} />
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('reservations.pageTitle')}
        </Title>
        <SegmentedControl
          value={view}
          onChange={(value) => setView(value === 'all' ? 'all' : 'active')}
          data={[
            { value: 'active', label: t('reservations.viewActive') },
            { value: 'all', label: t('reservations.viewAll') },
          ]}
          data-testid="reservations-view"
        />
      </Group>
      {!canChange && <Alert color="gray">{t('reservations.readOnly')}</Alert>}
      {error && !page && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {loading && !page && <Loader />}
      {page && page.items.length === 0 && (
        <EmptyState
          mt="xl"
          icon={<IconClockPause />}
          title={t('reservations.empty.title')}
          description={t('reservations.empty.text')}
          data-testid="reservations-empty"
        >
          <EmptyState.Actions>
            <Button component={Link} to="/catalog" variant="light">
              {t('reservations.toCatalog')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      )}
      {page && page.items.length > 0 && (
        <Table.ScrollContainer minWidth={1000}>
          <Table striped highlightOnHover data-testid="reservations-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reservations.columns.product')}</Table.Th>
                <Table.Th>{t('reservations.columns.warehouse')}</Table.Th>
                <Table.Th ta="right">{t('reservations.columns.quantity')}</Table.Th>
                <Table.Th>{t('reservations.columns.status')}</Table.Th>
                <Table.Th>{t('reservations.columns.expires')}</Table.Th>
                <Table.Th>{t('reservations.columns.by')}</Table.Th>
                {canChange && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.items.map((r) => {
                const left = r.status === 'ACTIVE' ? timeLeft(r.expiresAt, now) : 0;
                const status: ReservationStatus = r.status === 'ACTIVE' && left === 0 ? 'EXPIRED' : r.status;
                return (
                  <Table.Tr key={r.id} data-testid="reservation-row" data-sku={r.product.sku}>
                    <Table.Td>
                      <Anchor component={Link} to={`/catalog?product=${r.product.id}`} size="sm" ff="monospace">
                        {r.product.sku}
                      </Anchor>
                      <Text size="xs" c="dimmed" lineClamp={2} miw={220}>
                        {r.product.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>{r.warehouse.name}</Table.Td>
                    <Table.Td ta="right" data-testid="reservation-quantity">
                      {format.decimal(r.quantity)} {r.product.unit.shortName}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLOR[status]} data-testid="reservation-status">
                        {t(`reservations.status.${status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {status === 'ACTIVE' ? <Countdown seconds={left} /> : null}
                      <Text size="xs" c="dimmed" data-testid="expires-at">
                        {format.dateTime(r.endedAt ?? r.expiresAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.reservedBy}</Text>
                      {r.comment && (
                        <Text size="xs" c="dimmed">
                          {r.comment}
                        </Text>
                      )}
                    </Table.Td>
                    {canChange && (
                      <Table.Td>
                        {status === 'ACTIVE' && (
                          <Group gap={4} wrap="nowrap" justify="flex-end">
                            <Button size="compact-xs" variant="light" onClick={() => setExtending(r)}>
                              {t('reservations.extend')}
                            </Button>
                            <Button size="compact-xs" variant="subtle" color="red" onClick={() => setReleasing(r)}>
                              {t('reservations.release')}
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ExtendModal reservation={extending} onClose={() => setExtending(null)} />
      <ConfirmModal
        opened={releasing !== null}
        title={t('reservations.releaseTitle')}
        confirmLabel={t('reservations.release')}
        color="red"
        loading={releaseState.loading}
        onConfirm={() => void doRelease()}
        onClose={() => setReleasing(null)}
      >
        {releasing
          ? t('reservations.releaseText', {
              quantity: `${format.decimal(releasing.quantity)} ${releasing.product.unit.shortName}`,
              sku: releasing.product.sku,
              warehouse: releasing.warehouse.name,
            })
          : ''}
      </ConfirmModal>
    </Stack>
  );
}

interface Policy {
  defaultHours: number;
  maxHours: number;
}

function ExtendModal({ reservation, onClose }: { reservation: ReservationFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(RESERVATION_POLICY_QUERY);
  const policy = data?.reservationPolicy;
  return (
    <Modal opened={reservation !== null} onClose={onClose} title={t('reservations.extendTitle')}>
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {!policy && !error && <Loader size="sm" />}
      {reservation && policy && (
        <ExtendForm key={reservation.id} reservation={reservation} policy={policy} onClose={onClose} />
      )}
    </Modal>
  );
}

function ExtendForm({
  reservation,
  policy,
  onClose,
}: {
  reservation: ReservationFieldsFragment;
  policy: Policy;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [hours, setHours] = useState<number | string>(policy.defaultHours);
  const [problem, setProblem] = useState<string | null>(null);
  const [extend, { loading }] = useMutation(EXTEND_RESERVATION_MUTATION);

  const submit = async () => {
    const value = Number(hours);
    if (!Number.isInteger(value) || value < 1 || value > policy.maxHours) {
      setProblem(t('reservations.form.hoursRange', { max: policy.maxHours }));
      return;
    }
    try {
      const { data: result } = await extend({ variables: { id: reservation.id, hours: value } });
      const outcome = result?.extendReservation;
      if (outcome?.__typename === 'Reservation') {
        notifications.show({ color: 'teal', message: t('reservations.extended', { sku: outcome.product.sku }) });
        onClose();
      } else {
        setProblem(outcome?.message ?? t('errors.unexpected'));
      }
    } catch (error) {
      setProblem(fieldErrors(error, t).hours ?? errorMessage(error, t));
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
    >
      <Stack gap="md">
        <Text size="sm">{t('reservations.extendText')}</Text>
        <NumberInput
          label={t('reservations.form.hours')}
          description={t('reservations.form.hoursHint', { max: policy.maxHours })}
          value={hours}
          onChange={setHours}
          min={1}
          max={policy.maxHours}
          allowDecimal={false}
          error={problem}
          data-testid="extend-hours"
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading} data-testid="extend-submit">
            {t('reservations.extend')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
