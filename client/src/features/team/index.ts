// Public entry of the team area: what the shell and other areas may import.
import { lazyPage } from '../../kernel/ui/lazyPage';

// loaded when opened
export const TeamPage = lazyPage(() => import('./TeamPage'), 'TeamPage');
