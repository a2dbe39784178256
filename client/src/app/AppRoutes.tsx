import { Navigate, Route, Routes } from 'react-router';
import { AcceptInvitePage } from '../features/auth/AcceptInvitePage';
import { LoginPage } from '../features/auth/LoginPage';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { ExplorerRoute } from '../features/explorer/ExplorerRoute';
import { TeamPage } from '../features/team/TeamPage';
import { RequireOwner, RequireSignedIn, RequireSignedOut } from './auth/guards';
import { AppLayout } from './layout/AppLayout';
import { NotFound } from './layout/NotFound';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RequireSignedOut />}>
        <Route path="/login" element={<LoginPage />} />
      </Route>
      <Route path="/invite/:token" element={<AcceptInvitePage />} />
      <Route element={<RequireSignedIn />}>
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to="/team" replace />} />
          <Route path="/team" element={<TeamPage />} />
          <Route element={<RequireOwner />}>
            <Route path="/audit" element={<AuditLogPage />} />
          </Route>
          <Route path="/explorer" element={<ExplorerRoute />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
