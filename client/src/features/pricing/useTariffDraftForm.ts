import { useMutation } from '@apollo/client/react';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../../kernel/apollo/errors';
import { setServerFieldErrors } from '../../kernel/forms/serverErrors';
import {
  PricingCalculatorPlansDocument,
  TariffDraftEditorPublishDocument,
  TariffDraftEditorUpdateDocument,
  TariffsPageQueryDocument,
} from '../../gql/graphql';
import { draftToInput, type TariffDraftState } from './tariffDraft';
import { draftFieldPath, draftProblemsByPath } from './tariffDraftErrors';

export type TariffDraftForm = UseFormReturnType<TariffDraftState>;

/** What every section of the definition gets: the draft's form, and whether it may be changed. */
export interface DraftSectionProps {
  form: TariffDraftForm;
  readOnly: boolean;
  /** The technical keys are made from the names; they are shown (and typed) only on request. */
  showKeys?: boolean;
}

export interface SavedDraft {
  id: string;
  number: number;
  version: number;
}

/**
 * The draft's form and its two actions. Problems found before sending are the form's `validate`;
 * the server's field problems land under the same fields (translated by their code); what fits no
 * field is returned as `unplaced` for a general line, never with its internal path.
 */
export function useTariffDraftForm(draft: SavedDraft, initial: TariffDraftState, { onPublished, reload }: { onPublished: () => void; reload: () => void }) {
  const { t } = useTranslation();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const form = useForm<TariffDraftState>({
    initialValues: initial,
    validate: (values) =>
      Object.fromEntries(Object.entries(draftProblemsByPath(values)).map(([path, problem]) => [path, t(`pricing.tariffs.problems.${problem}`)])),
  });
  const [update, updateResult] = useMutation(TariffDraftEditorUpdateDocument);
  const [publish, publishResult] = useMutation(TariffDraftEditorPublishDocument, {
    refetchQueries: [{ query: TariffsPageQueryDocument }, { query: PricingCalculatorPlansDocument }],
    awaitRefetchQueries: true,
  });

  const handle = (error: unknown) => {
    if (errorCode(error) === 'CONFLICT') {
      notifications.show({ color: 'yellow', message: t('pricing.tariffs.conflict') });
      reload();
    } else if (errorCode(error) === 'BAD_USER_INPUT') {
      const { matched, unmatched } = setServerFieldErrors(form, error, (field) => draftFieldPath(form.getValues(), field));
      // the error's own message lists internal paths: show it only when no field message came
      setUnplaced(matched === 0 && unmatched.length === 0 ? [t('pricing.tariffs.invalid')] : unmatched);
    } else {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  };

  /** Saves if there is anything to save; the version to publish with, or null when it failed. */
  const save = async (): Promise<number | null> => {
    setUnplaced([]);
    if (form.validate().hasErrors) return null;
    if (!form.isDirty()) return draft.version;
    try {
      const result = await update({ variables: { id: draft.id, version: draft.version, definition: draftToInput(form.getValues()).definition } });
      notifications.show({ color: 'teal', message: t('pricing.tariffs.saved') });
      form.resetDirty();
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

  const discard = () => {
    form.reset();
    setUnplaced([]);
  };

  return { form, save, saveAndPublish, discard, unplaced, saving: updateResult.loading, publishing: publishResult.loading };
}
