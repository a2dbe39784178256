import { Route, Routes } from 'react-router';
import { AuditLogPage } from '../features/audit';
import { ClientPage, ClientsPage, MyObligationsPage, ObligationControlPage, ProductionCalendarsPage } from '../features/clients';
import { AcceptInvitePage, LoginPage } from '../features/auth';
import { ExplorerRoute } from '../features/explorer';
import { FirmRequisitesPage } from '../features/firm';
import { LeadCardPage, LeadSettingsPage, LeadsPage, NewLeadPage, PipelinePage } from '../features/leads';
import { ContractPage, ContractsPage, DocumentTemplatesPage } from '../features/contracts';
import { TariffsPage } from '../features/pricing';
import { MyTasksPage, ProjectPage, ProjectsPage, TemplatesPage } from '../features/projects';
import { CorrespondenceSearchPage, MyFollowUpsPage } from '../features/correspondence';
import { MailSettingsPage, MailTriagePage } from '../features/mail';
import { NotificationSettingsPage } from '../features/notifications';
import { TeamPage } from '../features/team';
import { RequireCapability, RequireSignedIn, RequireSignedOut } from './guards';
import { AppLayout } from './layout/AppLayout';
import { NotFound } from './layout/NotFound';
import { HomeRoute } from './start/HomeRoute';
import { StartPage } from './start/StartPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RequireSignedOut />}>
        <Route path="/login" element={<LoginPage />} />
      </Route>
      <Route path="/invite/:token" element={<AcceptInvitePage />} />
      <Route element={<RequireSignedIn />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRoute />} />
          <Route path="/start" element={<StartPage />} />
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
          <Route path="/clients" element={<ClientsPage />} />
          <Route path="/clients/:id" element={<ClientPage />} />
          <Route path="/my-obligations" element={<MyObligationsPage />} />
          <Route path="/contracts" element={<ContractsPage />} />
          <Route path="/contracts/:id" element={<ContractPage />} />
          <Route path="/my-follow-ups" element={<MyFollowUpsPage />} />
          <Route path="/search" element={<CorrespondenceSearchPage />} />
          <Route path="/mail" element={<MailTriagePage />} />
          <Route path="/settings/notifications" element={<NotificationSettingsPage />} />
          <Route element={<RequireCapability capability="editFirmSettings" />}>
            <Route path="/settings/firm" element={<FirmRequisitesPage />} />
            <Route path="/settings/document-templates" element={<DocumentTemplatesPage />} />
            <Route path="/settings/mail" element={<MailSettingsPage />} />
            <Route path="/settings/calendars" element={<ProductionCalendarsPage />} />
          </Route>
          <Route element={<RequireCapability capability="viewObligationControl" />}>
            <Route path="/control" element={<ObligationControlPage />} />
          </Route>
          <Route element={<RequireCapability capability="viewAudit" />}>
            <Route path="/audit" element={<AuditLogPage />} />
          </Route>
          <Route path="/explorer" element={<ExplorerRoute />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
