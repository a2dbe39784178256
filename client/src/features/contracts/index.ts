// Public entry of the contracts area: what the shell and other areas may import.
import { lazyPage } from '../../kernel/ui/lazyPage';
import en from './locales/en.json';
import ru from './locales/ru.json';

export { ClientContracts } from './ClientContracts';
export { NewContractButton } from './NewContractButton';
export const ContractsPage = lazyPage(() => import('./ContractsPage'), 'ContractsPage');
export const ContractPage = lazyPage(() => import('./ContractPage'), 'ContractPage');
// loaded when opened: only the owner manages the firm's templates
export const DocumentTemplatesPage = lazyPage(() => import('./DocumentTemplatesPage'), 'DocumentTemplatesPage');

/** The area's strings, mounted under the `contracts` key. */
export const contractsLocales = { ru, en };
