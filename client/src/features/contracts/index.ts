// Public entry of the contracts area: what the shell and other areas may import.
import { lazyPage, lazyPart } from '../../kernel/ui/lazyPage';
import en from './locales/en.json';
import ru from './locales/ru.json';

// parts of the client and lead cards: loaded with those pages, not with the first one
export const ClientContracts = lazyPart(() => import('./ClientContracts'), 'ClientContracts');
export const NewContractButton = lazyPart(() => import('./NewContractButton'), 'NewContractButton');
export const ContractsPage = lazyPage(() => import('./ContractsPage'), 'ContractsPage');
export const ContractPage = lazyPage(() => import('./ContractPage'), 'ContractPage');
// loaded when opened: only the owner manages the firm's templates
export const DocumentTemplatesPage = lazyPage(() => import('./DocumentTemplatesPage'), 'DocumentTemplatesPage');

/** The area's strings, mounted under the `contracts` key. */
export const contractsLocales = { ru, en };
