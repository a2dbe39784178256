// Public entry of the pricing area: what the shell and other areas may import.
import { lazyPage, lazyPart } from '../../kernel/ui/lazyPage';
import en from './locales/en.json';
import ru from './locales/ru.json';

export const LeadPricingPanel = lazyPart(() => import('./LeadPricingPanel'), 'LeadPricingPanel');
// loaded when opened: the tariff editor is large and few people open it
export const TariffsPage = lazyPage(() => import('./TariffsPage'), 'TariffsPage');

/** The area's strings, mounted under the `pricing` key. */
export const pricingLocales = { ru, en };
