import { describe, expect, it } from 'vitest';
import { ok, signUpFirm } from '../harness.js';
import { graphql } from '../gql/index.js';
import { browserAvailable, browserSuite, signIn } from './browser.js';

const SOURCES = graphql(`query LeadToProjectSources { leadSources { id } }`);
const CREATE_LEAD = graphql(`mutation LeadToProjectCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`);
const TEMPLATES = graphql(`query LeadToProjectTemplates { projectTemplates { id version name isDefault tasks { key title description department assigneeRole priority dueInWorkingDays dependsOn } } }`);
const UPDATE_TEMPLATE = graphql(`mutation LeadToProjectUpdateTemplate($id: ID!, $version: Int!, $input: ProjectTemplateInput!) { updateProjectTemplate(id: $id, version: $version, input: $input) { id } }`);
const PROJECT = graphql(`query LeadToProjectProject($id: ID!) { project(id: $id) { specifics contacts { name email phone } lead { id } tasks { id } } }`);

describe.runIf(browserAvailable)('from a lead to an onboarding project in one click', () => {
  const suite = browserSuite();

  it('opens the dialog with the lead, the default template by its flag and the lead’s people and INN carried over', async () => {
    const owner = await signUpFirm(suite.app, 'ООО «Приём»');
    const sourceId = (await ok(suite.app, SOURCES, {}, owner.token)).leadSources[0]!.id;
    const lead = (
      await ok(suite.app, CREATE_LEAD, {
        input: {
          lastName: 'Петров', firstName: 'Иван', patronymic: 'Сергеевич', legalForm: 'ORGANIZATION', companyName: 'ООО «Ромашка»',
          taxRegime: 'USN_INCOME', inn: '7707083893', phone: '+7 916 123-45-67', email: 'ivan@romashka.ru', sourceId,
        },
      }, owner.token)
    ).createLead;
    // the default is a flag: renaming the seeded template does not lose it
    const seeded = (await ok(suite.app, TEMPLATES, {}, owner.token)).projectTemplates[0]!;
    expect(seeded.isDefault).toBe(true);
    await ok(suite.app, UPDATE_TEMPLATE, {
      id: seeded.id, version: seeded.version, input: { name: 'Наш приём', tasks: seeded.tasks },
    }, owner.token);

    const page = await (await suite.browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(page, suite.app.url, owner.email, owner.password);
    await page.goto(`${suite.app.url}/leads/${lead.id}`);
    await page.getByTestId('lead-create-project').click();
    await expect.poll(() => page.getByTestId('project-template').inputValue(), { timeout: 15_000 }).toBe('Наш приём');
    expect(await page.getByTestId('project-lead').inputValue()).toBe('ООО «Ромашка»');
    expect(await page.getByTestId('project-name').inputValue()).toBe('Приём ООО «Ромашка»');
    const carried = await page.getByTestId('project-carried-facts').textContent();
    for (const fact of ['Петров Иван Сергеевич', 'ivan@romashka.ru', 'ИНН 7707083893']) expect(carried).toContain(fact);

    await page.getByTestId('project-create').click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}/, { timeout: 15_000 });
    const projectId = page.url().split('/projects/')[1]!.split('?')[0]!;
    const project = (await ok(suite.app, PROJECT, { id: projectId }, owner.token)).project;
    expect(project).toMatchObject({ specifics: 'ИНН 7707083893', lead: { id: lead.id }, contacts: [{ name: 'Петров Иван Сергеевич', email: 'ivan@romashka.ru' }] });
    expect(project.contacts[0]!.phone).toMatch(/^\+7/);
    // every task of the (renamed) default template, no more
    expect(project.tasks).toHaveLength(seeded.tasks.length);
  });
});
