import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import {
  ProjectLeadSearchQueryDocument,
  ProjectTemplateOptionsQueryDocument,
  ProjectUsersQueryDocument,
} from '../../gql/graphql';

export interface Option {
  value: string;
  label: string;
}

/** The firm's people: all of them (to show names) and the active ones (to pick from). */
export function useProjectUsers() {
  const { data } = useQuery(ProjectUsersQueryDocument, { fetchPolicy: 'cache-first' });
  return useMemo(() => {
    const users = data?.users ?? [];
    const options: Option[] = users.filter((user) => user.active).map((user) => ({ value: user.id, label: user.name }));
    const names = new Map(users.map((user) => [user.id, user.name]));
    return { users, options, names };
  }, [data]);
}

export function useTemplateOptions() {
  const { data, loading } = useQuery(ProjectTemplateOptionsQueryDocument, { fetchPolicy: 'cache-and-network' });
  const templates = useMemo(() => (data?.projectTemplates ?? []).filter((template) => !template.archived), [data]);
  return { templates, loading };
}

/** Leads matching what is typed, for picking the project's client; `selected` stays listed. */
export function useLeadSearch(search: string, selected?: Option | null) {
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(ProjectLeadSearchQueryDocument, {
    variables: { search: debounced || null },
    fetchPolicy: 'cache-and-network',
  });
  const options = useMemo(() => {
    const found: Option[] = (data?.leads.edges ?? []).map(({ node }) => ({ value: node.id, label: node.companyName }));
    if (selected && !found.some((option) => option.value === selected.value)) found.unshift(selected);
    return found;
  }, [data, selected]);
  return { options, loading };
}
