import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLink, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AnalogKind } from '../../gql/graphql';
import { PRODUCT_OPTIONS_QUERY } from './catalog.queries';
import type { AnalogRow } from './product-form-values';

interface Props {
  analogs: AnalogRow[];
  ownSku: string;
  canEdit: boolean;
  errors: Record<string, unknown>;
  onChange: (analogs: AnalogRow[]) => void;
}

const KINDS: AnalogKind[] = ['FULL', 'PARTIAL'];

/** Substitutes of a product: found by SKU or name, full or partial, optionally linked back. */
export function AnalogsEditor({ analogs, ownSku, canEdit, errors, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  // The picked product itself: once picked, the search text becomes its label and the options change.
  const [picked, setPicked] = useState<{ sku: string; name: string } | null>(null);
  const [kind, setKind] = useState<AnalogKind>('FULL');
  const [both, setBoth] = useState(true);
  const options = useQuery(PRODUCT_OPTIONS_QUERY, {
    variables: { search: debounced.trim() },
    skip: debounced.trim().length < 2,
  });
  const taken = new Set([ownSku.toLowerCase(), ...analogs.map((a) => a.sku.toLowerCase())]);
  const found = (options.data?.products.items ?? []).filter((p) => !taken.has(p.sku.toLowerCase()));

  const add = () => {
    if (!picked) return;
    onChange([...analogs, { sku: picked.sku, name: picked.name, kind, bidirectional: both, note: '' }]);
    setPicked(null);
    setSearch('');
  };
  const change = (index: number, patch: Partial<AnalogRow>) =>
    onChange(analogs.map((a, i) => (i === index ? { ...a, ...patch } : a)));

  return (
    <Paper withBorder p="md" data-testid="analogs">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('analogs.title')}
        </Title>
        {analogs.length === 0 && <Text c="dimmed">{t('analogs.empty')}</Text>}
        {analogs.length > 0 && (
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('analogs.product')}</Table.Th>
                <Table.Th>{t('analogs.kind')}</Table.Th>
                <Table.Th>{t('analogs.bidirectional')}</Table.Th>
                <Table.Th>{t('analogs.note')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {analogs.map((analog, index) => (
                <Table.Tr key={analog.sku} data-testid="analog-row">
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {analog.sku}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {analog.name}
                    </Text>
                    {typeof errors[`analogs.${index}.sku`] === 'string' && (
                      <Text size="xs" c="red">
                        {errors[`analogs.${index}.sku`] as string}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      aria-label={t('analogs.kind')}
                      data={KINDS.map((k) => ({ value: k, label: t(`analogs.kinds.${k}`) }))}
                      value={analog.kind}
                      onChange={(value) => change(index, { kind: value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('analogs.bidirectional')}
                      checked={analog.bidirectional}
                      onChange={(event) => change(index, { bidirectional: event.currentTarget.checked })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t('analogs.note')}
                      value={analog.note}
                      onChange={(event) => change(index, { note: event.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    {canEdit && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('analogs.remove')}
                        onClick={() => onChange(analogs.filter((_, i) => i !== index))}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canEdit && (
          <Group align="flex-end" gap="sm">
            <Select
              label={t('analogs.find')}
              placeholder={t('analogs.findPlaceholder')}
              searchable
              searchValue={search}
              onSearchChange={setSearch}
              data={[...(picked && !found.some((p) => p.sku === picked.sku) ? [picked] : []), ...found].map((p) => ({
                value: p.sku,
                label: `${p.sku} · ${p.name}`,
              }))}
              value={picked?.sku ?? null}
              onChange={(sku) => setPicked(found.find((p) => p.sku === sku) ?? (sku === picked?.sku ? picked : null))}
              filter={({ options: all }) => all}
              nothingFoundMessage={debounced.trim().length >= 2 ? t('analogs.nothingFound') : undefined}
              w={380}
              data-testid="analog-search"
            />
            <SegmentedControl
              aria-label={t('analogs.kind')}
              data={KINDS.map((k) => ({ value: k, label: t(`analogs.kinds.${k}`) }))}
              value={kind}
              onChange={(value) => setKind(value)}
            />
            <Checkbox
              mb={8}
              label={t('analogs.bidirectional')}
              checked={both}
              onChange={(event) => setBoth(event.currentTarget.checked)}
            />
            <Button variant="light" leftSection={<IconLink size={16} />} disabled={!picked} onClick={add}>
              {t('analogs.link')}
            </Button>
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {t('analogs.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}
