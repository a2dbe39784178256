// Public entry of the auth area: what the shell and other areas may import.
export { AcceptInvitePage } from './AcceptInvitePage';
export { ChangePasswordDialog } from './ChangePasswordDialog';
export { LoginPage } from './LoginPage';
