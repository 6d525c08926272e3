import { Group, Pagination, Text } from '@mantine/core';
import { useFormat } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

/** Rows per page of the staff lists (the API allows up to 500). */
export const PAGE_SIZE = 50;

interface Props {
  total: number;
  /** 1-based. */
  page: number;
  onChange: (page: number) => void;
  pageSize?: number;
}

/** Under a server-paged table: which rows are shown of how many, and the pages. */
export function Pager({ total, page, onChange, pageSize = PAGE_SIZE }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" c="dimmed" data-testid="pager-summary">
        {t('paging.shown', { from: format.integer(from), to: format.integer(to), total: format.integer(total) })}
      </Text>
      {pages > 1 && <Pagination size="sm" total={pages} value={page} onChange={onChange} />}
    </Group>
  );
}
