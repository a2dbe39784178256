import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, type SignedUpFirm } from '../../../test/harness.js';
import { graphql } from '../../../test/gql/index.js';
import type { TemplateTaskInput } from '../../../test/gql/graphql.js';

// The firm's default template is a flag, exactly one per firm; a project from a lead takes the
// lead's people into its client facts.

const TEMPLATES = graphql(`query DefaultTemplateTemplates { projectTemplates { id name version isDefault archived } }`);
const TEMPLATE_TASKS = graphql(`query DefaultTemplateTasks { projectTemplates { id tasks { key title description department assigneeRole priority dueInWorkingDays dependsOn } } }`);
const CREATE = graphql(`mutation DefaultTemplateCreate($input: ProjectTemplateInput!) { createProjectTemplate(input: $input) { id version isDefault } }`);
const UPDATE = graphql(`mutation DefaultTemplateUpdate($id: ID!, $version: Int!, $input: ProjectTemplateInput!) { updateProjectTemplate(id: $id, version: $version, input: $input) { id version isDefault archived } }`);
const CREATE_PROJECT = graphql(`mutation DefaultTemplateCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id specifics contacts { name position phone email } } }`);
const TASKS: TemplateTaskInput[] = [{ key: 'docs', title: 'Собрать документы', assigneeRole: 'COORDINATOR', dueInWorkingDays: 3 }];

let app: App;
let owner: SignedUpFirm;

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
});

async function templates(token = owner.token) {
  return (await ok(app, TEMPLATES, {}, token)).projectTemplates;
}

describe('the default project template', () => {
  it('is the seeded «Приём нового клиента» in a new firm, and moves to another template when the owner says so', async () => {
    const seeded = await templates();
    expect(seeded.filter((t) => t.isDefault).map((t) => t.name)).toEqual(['Приём нового клиента']);

    const short = (await ok(app, CREATE, { input: { name: 'Короткий приём', tasks: TASKS, isDefault: true } }, owner.token)).createProjectTemplate;
    expect(short.isDefault).toBe(true);
    let now = await templates();
    expect(now.filter((t) => t.isDefault).map((t) => t.id)).toEqual([short.id]);

    // back to the onboarding one, by an update from the template editor
    const onboarding = now.find((t) => t.name === 'Приём нового клиента')!;
    const full = (await ok(app, TEMPLATE_TASKS, {}, owner.token)).projectTemplates.find((t) => t.id === onboarding.id)!;
    await ok(app, UPDATE, { id: onboarding.id, version: onboarding.version, input: { name: onboarding.name, tasks: full.tasks, isDefault: true } }, owner.token);
    now = await templates();
    expect(now.filter((t) => t.isDefault).map((t) => t.id)).toEqual([onboarding.id]);
  });

  it('is never just taken away or archived: the firm always has one', async () => {
    const current = (await templates()).find((t) => t.isDefault)!;
    const full = (await ok(app, TEMPLATE_TASKS, {}, owner.token)).projectTemplates.find((t) => t.id === current.id)!;
    const unset = await gql(app, UPDATE, { id: current.id, version: current.version, input: { name: current.name, tasks: full.tasks, isDefault: false } }, owner.token);
    expect(errorCode(unset)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(unset.errors)).toContain('isDefault');
    const archived = await gql(app, UPDATE, { id: current.id, version: current.version, input: { name: current.name, tasks: full.tasks, archived: true } }, owner.token);
    expect(errorCode(archived)).toBe('BAD_USER_INPUT');
    expect((await templates()).filter((t) => t.isDefault)).toHaveLength(1);
  });

  it('is one per firm: another firm’s choice does not touch it', async () => {
    const other = await signUpFirm(app);
    await ok(app, CREATE, { input: { name: 'Чужой приём', tasks: TASKS, isDefault: true } }, other.token);
    expect((await templates()).filter((t) => t.isDefault)).toHaveLength(1);
    expect((await templates(other.token)).filter((t) => t.isDefault).map((t) => t.name)).toEqual(['Чужой приём']);
  });
});

describe('a project for a lead', () => {
  it('keeps the contacts it was created with', async () => {
    const coordinator = await addMember(app, owner.token, 'COORDINATOR');
    const templateId = (await templates()).find((t) => t.isDefault)!.id;
    const contacts = [{ name: 'Иван Петров', position: 'Директор', phone: '+79161234567', email: 'ivan@romashka.ru' }];
    const project = (
      await ok(app, CREATE_PROJECT, {
        input: { name: 'Приём ООО «Ромашка»', templateId, coordinatorId: coordinator.userId, specifics: 'ИНН 7707083893', contacts },
      }, owner.token)
    ).createProject;
    expect(project.contacts).toEqual(contacts);
    expect(project.specifics).toBe('ИНН 7707083893');
  });
});
