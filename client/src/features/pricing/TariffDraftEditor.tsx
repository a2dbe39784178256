import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { useFragment as readFragment } from '../../gql';
import { TariffDefinitionFieldsFragmentDoc, TariffDraftEditorVersionDocument } from '../../gql/graphql';
import type { TariffDefinition } from './pricingForm';
import { draftFromDefinition } from './tariffDraft';
import { TariffDefinitionForm } from './TariffDefinitionForm';
import { TariffPreview } from './TariffPreview';
import { useTariffDraftForm, type SavedDraft } from './useTariffDraftForm';

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
  draft: SavedDraft & { definition: TariffDefinition };
  reload: () => void;
}

function DraftForm({ draft, current, onPublished, onClose, reload }: DraftFormProps) {
  const { t, i18n } = useTranslation();
  // amounts as the owner writes them («25 000», «1,1»); parseDecimalInput reads them back
  const initial = useMemo(() => draftFromDefinition(draft.definition, i18n.language), [draft.definition, i18n.language]);
  const { form, save, saveAndPublish, discard, unplaced, saving, publishing } = useTariffDraftForm(draft, initial, { onPublished, reload });
  // tariff editors see the pay rules; without them a save would replace them with zeros
  const payHidden = !draft.definition.remuneration || !draft.definition.overhead;
  const dirty = form.isDirty();
  const marked = Object.keys(form.errors).length;

  return (
    <Stack data-testid="tariff-editor">
      <Group justify="space-between">
        <Group>
          <Title order={3}>{t('pricing.tariffs.draftTitle', { number: draft.number })}</Title>
          <Badge color="yellow">{t('pricing.tariffs.statuses.DRAFT')}</Badge>
          {dirty && (
            <Badge color="yellow" variant="light" data-testid="tariff-unsaved">
              {t('pricing.tariffs.unsaved')}
            </Badge>
          )}
        </Group>
        <Group>
          {dirty && (
            <Button variant="default" onClick={discard} data-testid="tariff-discard">
              {t('pricing.tariffs.discard')}
            </Button>
          )}
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button variant="light" onClick={() => void save()} loading={saving} disabled={!dirty || payHidden} data-testid="tariff-save">
            {t('pricing.tariffs.save')}
          </Button>
          <Button onClick={() => void saveAndPublish()} loading={publishing} disabled={payHidden} data-testid="tariff-publish">
            {t('pricing.tariffs.publish')}
          </Button>
        </Group>
      </Group>
      {payHidden && <Alert color="yellow">{t('pricing.tariffs.payHidden')}</Alert>}
      {(marked > 0 || unplaced.length > 0) && (
        <Alert color="red" title={t('pricing.tariffs.errorsTitle')} data-testid="tariff-errors">
          {marked > 0 && <Text size="sm">{t('pricing.tariffs.fieldsMarked', { count: marked })}</Text>}
          {unplaced.length > 0 && (
            <List size="sm">
              {unplaced.map((message) => (
                <List.Item key={message}>{message}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      <TariffPreview draft={{ id: draft.id, version: draft.version, definition: draft.definition }} current={current} />
      <TariffDefinitionForm form={form} readOnly={payHidden} showPay={!payHidden} />
    </Stack>
  );
}
