// Public entry of the pricing area: what the shell and other areas may import.
import en from './locales/en.json';
import ru from './locales/ru.json';

export { LeadPricingPanel } from './LeadPricingPanel';
export { TariffsPage } from './TariffsPage';

/** The area's strings, mounted under the `pricing` key. */
export const pricingLocales = { ru, en };
