import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { asDay } from './format';
import type { ProjectFromLead } from './projectFromLead';
import { useTemplateOptions, type Option } from './useProjectOptions';

export interface NewProjectValues {
  name: string;
  lead: Option | null;
  coordinatorId: string | null;
  memberIds: string[];
  startDate: string;
  dueDate: string;
  templateId: string | null;
}

/** The server's field (`input.leadId`) as the form's value (`lead`). */
export const newProjectFieldOf = (field: string) => {
  const key = field.split('.').pop()!;
  return key === 'leadId' ? 'lead' : key;
};

/**
 * The new project's form: the lead it was opened from (if any) chosen and «Приём <company>» proposed,
 * the firm's today as the start and, once the templates have loaded, the firm's default template
 * (its flag, not its name) unless the user has picked one.
 */
export function useNewProjectForm(from: ProjectFromLead | null) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { templates } = useTemplateOptions();
  const initialName = from ? t('projects.create.nameFromLead', { company: from.company }) : '';
  const initialLead: Option | null = from?.lead ?? null;
  const form = useForm<NewProjectValues>({
    initialValues: {
      name: initialName,
      lead: initialLead,
      coordinatorId: null,
      memberIds: [],
      // the firm's today from the server: the browser's calendar may be in another zone
      startDate: asDay(me.firm.today) ?? '',
      dueDate: '',
      templateId: null,
    },
  });
  const [templateTouched, setTemplateTouched] = useState(false);

  const templateId = form.values.templateId;
  useEffect(() => {
    if (templateTouched || templateId) return;
    const preferred = templates.find((template) => template.isDefault) ?? templates[0];
    if (preferred) form.setFieldValue('templateId', preferred.id);
  }, [templates, templateId, templateTouched, form]);

  const chooseTemplate = (value: string | null) => {
    setTemplateTouched(true);
    form.setFieldValue('templateId', value);
  };

  /** After closing: the name, the client, the members and the due date start afresh; the rest stays. */
  const clear = () => {
    form.setValues({ name: initialName, lead: initialLead, memberIds: [], dueDate: '' });
    form.clearErrors();
  };

  /** The facts carried from the lead, only while the lead it was opened with stays chosen: another client has other people. */
  const carried = from && form.values.lead?.value === from.lead.value ? { contacts: from.contacts, specifics: from.specifics } : null;

  return { form, templates, chooseTemplate, clear, carried };
}

export type NewProjectForm = ReturnType<typeof useNewProjectForm>;
