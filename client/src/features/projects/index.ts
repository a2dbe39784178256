// Public entry of the projects area: what the shell and other areas may import.
import { lazyPage, lazyPart } from '../../kernel/ui/lazyPage';
import en from './locales/en.json';
import ru from './locales/ru.json';

// loaded when opened: the live board brings drag and drop and the WebSocket views
export const NewProjectDialog = lazyPart(() => import('./NewProjectDialog'), 'NewProjectDialog');
export { projectFromLead, type LeadForProject, type ProjectFromLead } from './projectFromLead';
export const MyTasksPage = lazyPage(() => import('./MyTasksPage'), 'MyTasksPage');
export const ProjectPage = lazyPage(() => import('./ProjectPage'), 'ProjectPage');
export const ProjectsPage = lazyPage(() => import('./ProjectsPage'), 'ProjectsPage');
export const TemplatesPage = lazyPage(() => import('./TemplatesPage'), 'TemplatesPage');

/** The area's strings, mounted under the `projects` key. */
export const projectsLocales = { ru, en };
