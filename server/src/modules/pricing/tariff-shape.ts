import type { LegalForm } from '../leads/lead.enums.js';
import type { TariffDefinition, TariffParameter } from './engine/tariff.js';
import { TariffParameterType, type ServiceArea } from './pricing.enums.js';
import type { TariffDefinitionShape, TariffParameterShape } from './pricing.types.js';

/** The stored tariff as the API shows it: parameters as one flat shape, per-form prices as a list. */
export function toShape(def: TariffDefinition): TariffDefinitionShape {
  return {
    basePrices: def.basePrices.map((b) => ({ ...b })) as TariffDefinitionShape['basePrices'],
    baseArea: def.baseArea as ServiceArea,
    parameters: def.parameters.map((p): TariffParameterShape => {
      const common = { key: p.key, label: p.label, type: p.type as TariffParameterType, area: p.area as ServiceArea };
      if (p.type === 'NUMBER') return { ...common, included: p.included, blockSize: p.blockSize, pricePerBlock: p.pricePerBlock };
      if (p.type === 'FLAG') {
        const byForm = Object.entries(p.priceByLegalForm ?? {}).map(([legalForm, price]) => ({ legalForm: legalForm as LegalForm, price: price! }));
        return { ...common, price: p.price, priceByLegalForm: byForm };
      }
      return { ...common, options: p.options.map((o) => ({ ...o })) };
    }),
    multipliers: def.multipliers.map((m) => ({ ...m, factors: m.factors.map((f) => ({ ...f })) })),
    remuneration: def.remuneration.map((r) => ({ ...r, area: r.area as ServiceArea, perUnit: r.perUnit ? { ...r.perUnit } : null })),
    overhead: { ...def.overhead },
  };
}

/** The API's tariff shape back to the stored form; missing numbers become 0 for validateTariff to judge. */
export function fromShape(shape: TariffDefinitionShape): TariffDefinition {
  return {
    basePrices: shape.basePrices.map((b) => ({ legalForm: b.legalForm, taxRegime: b.taxRegime, amount: b.amount })),
    baseArea: shape.baseArea,
    parameters: shape.parameters.map((p): TariffParameter => {
      const common = { key: p.key.trim(), label: p.label.trim(), area: p.area };
      if (p.type === TariffParameterType.NUMBER) {
        return { ...common, type: 'NUMBER', included: p.included ?? 0, blockSize: p.blockSize ?? 1, pricePerBlock: p.pricePerBlock ?? 0 };
      }
      if (p.type === TariffParameterType.FLAG) {
        const byForm = Object.fromEntries((p.priceByLegalForm ?? []).map((f) => [f.legalForm, f.price]));
        return { ...common, type: 'FLAG', price: p.price ?? 0, priceByLegalForm: Object.keys(byForm).length ? byForm : null };
      }
      return { ...common, type: 'CHOICE', options: (p.options ?? []).map((o) => ({ key: o.key.trim(), label: o.label.trim(), price: o.price })) };
    }),
    multipliers: shape.multipliers.map((m) => ({ key: m.key, label: m.label, parameterKey: m.parameterKey, factors: m.factors.map((f) => ({ option: f.option, factor: f.factor })) })),
    remuneration: shape.remuneration.map((r) => ({ area: r.area, percentOfLines: r.percentOfLines, perUnit: r.perUnit ? { parameterKey: r.perUnit.parameterKey, amount: r.perUnit.amount } : null, perMonth: r.perMonth })),
    overhead: { percentOfPrice: shape.overhead.percentOfPrice, fixed: shape.overhead.fixed },
  };
}
