import { Role, type Department, type ProjectTemplateInput, type TaskPriority, type TemplateEditor_TemplateFragment } from '../../gql/graphql';

export interface TemplateTaskDraft {
  key: string;
  title: string;
  description: string;
  department: Department | null;
  assigneeRole: Role | null;
  priority: TaskPriority | null;
  dueInWorkingDays: number;
  dependsOn: string[];
}

export interface TemplateDraft {
  name: string;
  description: string;
  archived: boolean;
  /** The firm's default: set here, it moves from the template that was it. */
  isDefault: boolean;
  tasks: TemplateTaskDraft[];
}

export interface TemplateProblem {
  /** `name`, or `tasks.<index>.<field>` */
  path: string;
  message: string;
  params?: Record<string, string>;
}

const NEEDS_DEPARTMENT = new Set<Role>([Role.Head, Role.Accountant]);

/** The template as the editor's form holds it. */
export function templateDraftOf(template: TemplateEditor_TemplateFragment): TemplateDraft {
  return {
    name: template.name,
    description: template.description ?? '',
    archived: template.archived,
    isDefault: template.isDefault,
    tasks: template.tasks.map((task) => ({
      key: task.key,
      title: task.title,
      description: task.description ?? '',
      department: task.department,
      assigneeRole: task.assigneeRole,
      priority: task.priority,
      dueInWorkingDays: task.dueInWorkingDays,
      dependsOn: [...task.dependsOn],
    })),
  };
}

/** A key not yet used in the template: task1, task2, … */
export function nextKey(tasks: readonly TemplateTaskDraft[]): string {
  const used = new Set(tasks.map((task) => task.key));
  let n = tasks.length + 1;
  while (used.has(`task${n}`)) n += 1;
  return `task${n}`;
}

export function emptyTask(tasks: readonly TemplateTaskDraft[]): TemplateTaskDraft {
  return { key: nextKey(tasks), title: '', description: '', department: null, assigneeRole: null, priority: null, dueInWorkingDays: 1, dependsOn: [] };
}

/** Renames a task key, keeping the other tasks' dependencies on it. */
export function renameKey(tasks: readonly TemplateTaskDraft[], index: number, key: string): TemplateTaskDraft[] {
  const old = tasks[index]?.key;
  return tasks.map((task, i) =>
    i === index ? { ...task, key } : { ...task, dependsOn: task.dependsOn.map((dep) => (dep === old ? key : dep)) },
  );
}

/** Removes a task and every dependency on it. */
export function removeTask(tasks: readonly TemplateTaskDraft[], index: number): TemplateTaskDraft[] {
  const key = tasks[index]?.key;
  return tasks.filter((_, i) => i !== index).map((task) => ({ ...task, dependsOn: task.dependsOn.filter((dep) => dep !== key) }));
}

/** What the server would refuse, found before sending: names, keys, departments. */
export function templateProblems(draft: TemplateDraft): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (!draft.name.trim()) problems.push({ path: 'name', message: 'nameRequired' });
  const seen = new Set<string>();
  draft.tasks.forEach((task, index) => {
    const key = task.key.trim();
    if (!key) problems.push({ path: `tasks.${index}.key`, message: 'keyRequired' });
    else if (seen.has(key)) problems.push({ path: `tasks.${index}.key`, message: 'keyDuplicate', params: { key } });
    seen.add(key);
    if (!task.title.trim()) problems.push({ path: `tasks.${index}.title`, message: 'titleRequired' });
    if (task.assigneeRole && NEEDS_DEPARTMENT.has(task.assigneeRole) && !task.department) {
      problems.push({ path: `tasks.${index}.department`, message: 'departmentRequired' });
    }
  });
  return problems;
}

export function templateInput(draft: TemplateDraft): ProjectTemplateInput {
  const keys = new Set(draft.tasks.map((task) => task.key.trim()));
  return {
    name: draft.name.trim(),
    description: draft.description.trim() || null,
    archived: draft.archived,
    isDefault: draft.isDefault,
    tasks: draft.tasks.map((task) => ({
      key: task.key.trim(),
      title: task.title.trim(),
      description: task.description.trim() || null,
      department: task.department,
      assigneeRole: task.assigneeRole,
      priority: task.priority,
      dueInWorkingDays: Math.max(0, Math.round(task.dueInWorkingDays)),
      dependsOn: task.dependsOn.filter((dep) => dep !== task.key && keys.has(dep)),
    })),
  };
}
