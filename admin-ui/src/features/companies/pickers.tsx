import { useQuery } from '@apollo/client/react';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

import type { StaffRole } from '../../gql/graphql';
import { COMPANY_OPTIONS_QUERY, MANAGER_OPTIONS_QUERY } from './companies.queries';

export interface CompanyOption {
  value: string;
  label: string;
}

type PickerProps = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'>;

/**
 * A client company by name or INN, searched on the server (there may be thousands). `initial` is the
 * label of a preselected company (e.g. a duplicate the staff member chose to link to).
 */
export function CompanyPicker({
  value,
  onChange,
  initial,
  ...props
}: PickerProps & {
  value: string | null;
  onChange: (company: CompanyOption | null) => void;
  initial?: CompanyOption | null;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [selected, setSelected] = useState<CompanyOption | null>(initial ?? null);
  const { data, previousData } = useQuery(COMPANY_OPTIONS_QUERY, { variables: { search: debounced || null } });
  const options = ((data ?? previousData)?.companies.items ?? []).map((company) => ({
    value: company.id,
    label: `${company.name} · ${company.legalEntities.map((le) => le.inn).join(', ')}`,
  }));
  const current = initial && initial.value === value ? initial : selected;
  if (current && current.value === value && !options.some((o) => o.value === current.value)) options.unshift(current);

  return (
    <Select
      searchable
      clearable
      filter={({ options: all }) => all}
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => {
        const option = options.find((o) => o.value === id) ?? null;
        setSelected(option);
        onChange(option);
      }}
      nothingFoundMessage="—"
      {...props}
    />
  );
}

const MANAGER_ROLES: readonly StaffRole[] = ['SALES_MANAGER', 'HEAD_OF_SALES'];

/** Sales staff who may be a client's personal manager. */
export function useManagerOptions(): { value: string; label: string }[] {
  const { data } = useQuery(MANAGER_OPTIONS_QUERY);
  return (data?.staffUsers.items ?? [])
    .filter((staff) => MANAGER_ROLES.includes(staff.role))
    .map((staff) => ({ value: staff.id, label: staff.fullName }));
}
