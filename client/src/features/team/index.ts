// Public entry of the team area: what the shell and other areas may import.
export { TeamPage } from './TeamPage';
