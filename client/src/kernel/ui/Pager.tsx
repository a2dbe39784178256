import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Cursor paging for a list query: the cursors of the pages visited so far, so "previous" goes
 * back without the server paging backwards. A new `queryKey` (filter, sort) starts at page one.
 */
export function useCursorPages(queryKey: string) {
  const [paging, setPaging] = useState<{ queryKey: string; afters: (string | null)[] }>({ queryKey, afters: [null] });
  const afters = paging.queryKey === queryKey ? paging.afters : [null];
  return {
    after: afters[afters.length - 1] ?? null,
    page: afters.length,
    previous: () => setPaging({ queryKey, afters: afters.slice(0, -1) }),
    next: (endCursor: string | null | undefined) => setPaging({ queryKey, afters: [...afters, endCursor ?? null] }),
  };
}

interface PagerProps {
  pages: ReturnType<typeof useCursorPages>;
  total: number;
  pageSize: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  /** Prefix of the buttons' test ids: `<prefix>-prev`, `<prefix>-next`. */
  testId: string;
}

/** Previous / "page N of M" / next under a paged list. */
export function Pager({ pages, total, pageSize, pageInfo, testId }: PagerProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Button variant="default" size="xs" disabled={pages.page <= 1} onClick={pages.previous} data-testid={`${testId}-prev`}>
        {t('common.pager.prev')}
      </Button>
      <Text size="sm">{t('common.pager.page', { page: pages.page, pages: Math.max(1, Math.ceil(total / pageSize)) })}</Text>
      <Button variant="default" size="xs" disabled={!pageInfo.hasNextPage} onClick={() => pages.next(pageInfo.endCursor)} data-testid={`${testId}-next`}>
        {t('common.pager.next')}
      </Button>
    </Group>
  );
}
