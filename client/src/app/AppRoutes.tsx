import { Navigate, Route, Routes } from 'react-router';
import { AcceptInvitePage } from '../features/auth/AcceptInvitePage';
import { LoginPage } from '../features/auth/LoginPage';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { ExplorerRoute } from '../features/explorer/ExplorerRoute';
import { TeamPage } from '../features/team/TeamPage';
import { LeadCardPage } from '../features/leads/LeadCardPage';
import { LeadSettingsPage } from '../features/leads/LeadSettingsPage';
import { LeadsPage } from '../features/leads/LeadsPage';
import { NewLeadPage } from '../features/leads/NewLeadPage';
import { PipelinePage } from '../features/leads/PipelinePage';
import { TariffsPage } from '../features/pricing/TariffsPage';
import { MyTasksPage } from '../features/projects/MyTasksPage';
import { ProjectPage } from '../features/projects/ProjectPage';
import { ProjectsPage } from '../features/projects/ProjectsPage';
import { TemplatesPage } from '../features/projects/TemplatesPage';
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
          <Route path="/leads" element={<LeadsPage />} />
          <Route path="/leads/new" element={<NewLeadPage />} />
          <Route path="/leads/pipeline" element={<PipelinePage />} />
          <Route path="/leads/settings" element={<LeadSettingsPage />} />
          <Route path="/leads/:id" element={<LeadCardPage />} />
          <Route path="/tariffs" element={<TariffsPage />} />
          <Route path="/projects" element={<ProjectsPage />} />
          <Route path="/projects/templates" element={<TemplatesPage />} />
          <Route path="/projects/:id" element={<ProjectPage />} />
          <Route path="/my-tasks" element={<MyTasksPage />} />
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
