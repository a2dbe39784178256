import type { z } from 'zod';
import { TARIFF_PROBLEM, tariffDefinitionSchema, type TariffProblemCode } from './tariff.js';

export interface TariffProblem {
  /** path like `parameters[2].blockSize`; '' for the tariff itself */
  field: string;
  /** English, specific */
  message: string;
  /** stable reason, one per way to fail (TARIFF_PROBLEM) */
  code: TariffProblemCode;
}

/**
 * Checks a tariff version's content against its schema before it is saved (or priced). Returns
 * every problem found; an empty list means the tariff is valid.
 */
export function validateTariff(def: unknown): TariffProblem[] {
  const result = tariffDefinitionSchema.safeParse(def);
  return result.success ? [] : result.error.issues.flatMap(toProblems);
}

const fieldPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((field, part) => (typeof part === 'number' ? `${field}[${part}]` : field ? `${field}.${String(part)}` : String(part)), '');

const CODE_BY_EXPECTED: Record<string, TariffProblemCode> = {
  array: TARIFF_PROBLEM.notAList,
  object: TARIFF_PROBLEM.notAnObject,
  record: TARIFF_PROBLEM.notAnObject,
  number: TARIFF_PROBLEM.notANumber,
  string: TARIFF_PROBLEM.notText,
};

function toProblems(issue: z.core.$ZodIssue): TariffProblem[] {
  const field = fieldPath(issue.path);
  switch (issue.code) {
    case 'custom': {
      // every refinement of the schema names its code; one without is a mistake in the schema
      const code = (issue.params as { code?: TariffProblemCode } | undefined)?.code;
      if (!code) throw new Error(`Tariff schema refinement without a code at ${field}: ${issue.message}`);
      return [{ field, message: issue.message, code }];
    }
    case 'invalid_type':
      return [{ field, message: issue.message, code: CODE_BY_EXPECTED[issue.expected] ?? TARIFF_PROBLEM.notAnObject }];
    case 'unrecognized_keys':
      // only priceByLegalForm has fixed keys: point at the unknown legal form itself
      return issue.keys.map((key) => ({ field: fieldPath([...issue.path, key]), message: issue.message, code: TARIFF_PROBLEM.unknownValue }));
    default:
      // invalid_value (an enum), invalid_union (the parameter type)
      return [{ field, message: issue.message, code: TARIFF_PROBLEM.unknownValue }];
  }
}
