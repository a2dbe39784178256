import { Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TimelineSearch } from './TimelineSearch';

/** The firm's correspondence searched at once: every client's and lead's timeline the reader may see. */
export function CorrespondenceSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [text] = useDebouncedValue(search.trim(), 300);
  return (
    <Stack>
      <Title order={2}>{t('correspondence.searchPage.title')}</Title>
      <TextInput
        label={t('correspondence.searchPage.field')}
        description={t('correspondence.searchPage.hint')}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setParams(event.currentTarget.value.trim() ? { q: event.currentTarget.value.trim() } : {}, { replace: true });
        }}
        maxLength={200}
        autoFocus
        data-testid="correspondence-search"
      />
      {text ? <TimelineSearch text={text} /> : <Text c="dimmed" data-testid="search-start">{t('correspondence.searchPage.start')}</Text>}
    </Stack>
  );
}
