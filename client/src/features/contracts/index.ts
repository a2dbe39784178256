// Public entry of the contracts area: what the shell and other areas may import.
import { lazyPage } from '../../kernel/ui/lazyPage';
import en from './locales/en.json';
import ru from './locales/ru.json';

export { NewContractButton } from './NewContractButton';
export const ContractsPage = lazyPage(() => import('./ContractsPage'), 'ContractsPage');
export const ContractPage = lazyPage(() => import('./ContractPage'), 'ContractPage');

/** The area's strings, mounted under the `contracts` key. */
export const contractsLocales = { ru, en };
