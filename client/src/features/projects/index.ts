// Public entry of the projects area: what the shell and other areas may import.
import en from './locales/en.json';
import ru from './locales/ru.json';

export { MyTasksPage } from './MyTasksPage';
export { ProjectPage } from './ProjectPage';
export { ProjectsPage } from './ProjectsPage';
export { TemplatesPage } from './TemplatesPage';

/** The area's strings, mounted under the `projects` key. */
export const projectsLocales = { ru, en };
