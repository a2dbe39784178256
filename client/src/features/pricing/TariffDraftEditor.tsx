import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../../kernel/apollo/errors';
import { useFragment as readFragment } from '../../gql';
import {
  PricingCalculatorPlansDocument,
  TariffDefinitionFieldsFragmentDoc,
  TariffDraftEditorPublishDocument,
  TariffDraftEditorUpdateDocument,
  TariffDraftEditorVersionDocument,
  TariffsPageQueryDocument,
} from '../../gql/graphql';
import type { TariffDefinition } from './pricingForm';
import { draftFieldErrors, draftFromDefinition, draftToInput, type TariffDraftState } from './tariffDraft';
import { TariffDefinitionForm } from './TariffDefinitionForm';
import { TariffPreview } from './TariffPreview';

interface TariffDraftEditorProps {
  draftId: string;
  current: { id: string; number: number; definition: TariffDefinition } | null;
  onPublished: () => void;
  onClose: () => void;
}

/** Loads the plan's draft; the form starts afresh from every saved version of it. */
export function TariffDraftEditor(props: TariffDraftEditorProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(TariffDraftEditorVersionDocument, { variables: { id: props.draftId }, fetchPolicy: 'cache-and-network' });
  const version = data?.tariffVersion;
  const definition = readFragment(TariffDefinitionFieldsFragmentDoc, version?.definition);

  if (error) return <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>;
  if (!version || !definition) return <Loader />;
  return (
    <DraftForm
      key={`${version.id}:${version.version}`}
      {...props}
      draft={{ id: version.id, number: version.number, version: version.version, definition }}
      reload={() => void refetch()}
    />
  );
}

interface DraftFormProps extends TariffDraftEditorProps {
  draft: { id: string; number: number; version: number; definition: TariffDefinition };
  reload: () => void;
}

function DraftForm({ draft, current, onPublished, onClose, reload }: DraftFormProps) {
  const { t } = useTranslation();
  const initial = useMemo(() => draftFromDefinition(draft.definition), [draft.definition]);
  const [state, setState] = useState<TariffDraftState>(initial);
  const [showProblems, setShowProblems] = useState(false);
  const [update, updateResult] = useMutation(TariffDraftEditorUpdateDocument);
  const [publish, publishResult] = useMutation(TariffDraftEditorPublishDocument, {
    refetchQueries: [{ query: TariffsPageQueryDocument }, { query: PricingCalculatorPlansDocument }],
    awaitRefetchQueries: true,
  });

  const { definition, problems } = useMemo(() => draftToInput(state), [state]);
  const dirty = useMemo(() => JSON.stringify(draftToInput(initial).definition) !== JSON.stringify(definition), [initial, definition]);
  const serverError = updateResult.error ?? publishResult.error;
  const errors: Record<string, string> = {
    ...draftFieldErrors(serverError),
    ...(showProblems
      ? Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, t(`pricing.tariffs.problems.${problem}`)]))
      : {}),
  };

  const handle = (error: unknown) => {
    if (errorCode(error) === 'CONFLICT') {
      notifications.show({ color: 'yellow', message: t('pricing.tariffs.conflict') });
      reload();
    } else if (errorCode(error) !== 'BAD_USER_INPUT') {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  };

  /** Saves if there is anything to save; the version to publish with, or null when it failed. */
  const save = async (): Promise<number | null> => {
    if (Object.keys(problems).length > 0) {
      setShowProblems(true);
      return null;
    }
    if (!dirty) return draft.version;
    try {
      const result = await update({ variables: { id: draft.id, version: draft.version, definition } });
      notifications.show({ color: 'teal', message: t('pricing.tariffs.saved') });
      return result.data?.updateTariffDraft.version ?? null;
    } catch (error) {
      handle(error);
      return null;
    }
  };

  const saveAndPublish = async () => {
    const version = await save();
    if (version === null) return;
    try {
      await publish({ variables: { id: draft.id, version } });
      notifications.show({ color: 'teal', message: t('pricing.tariffs.published', { number: draft.number }) });
      onPublished();
    } catch (error) {
      handle(error);
    }
  };

  const errorList = Object.entries(errors);
  return (
    <Stack data-testid="tariff-editor">
      <Group justify="space-between">
        <Group>
          <Title order={3}>{t('pricing.tariffs.draftTitle', { number: draft.number })}</Title>
          <Badge color="yellow">{t('pricing.tariffs.statuses.DRAFT')}</Badge>
          {dirty && <Text c="dimmed" size="sm">{t('pricing.tariffs.unsaved')}</Text>}
        </Group>
        <Group>
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button variant="light" onClick={() => void save()} loading={updateResult.loading} disabled={!dirty} data-testid="tariff-save">
            {t('pricing.tariffs.save')}
          </Button>
          <Button onClick={() => void saveAndPublish()} loading={publishResult.loading} data-testid="tariff-publish">
            {t('pricing.tariffs.publish')}
          </Button>
        </Group>
      </Group>
      {errorList.length > 0 && (
        <Alert color="red" title={t('pricing.tariffs.errorsTitle')} data-testid="tariff-errors">
          <List size="sm">
            {errorList.map(([field, message]) => (
              <List.Item key={field}>
                <Text span ff="monospace" size="xs">
                  {field}
                </Text>
                : {message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <TariffPreview draft={{ id: draft.id, definition: draft.definition }} current={current} />
      <TariffDefinitionForm draft={state} onChange={setState} errors={errors} readOnly={false} />
    </Stack>
  );
}
