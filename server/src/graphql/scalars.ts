import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * An exact decimal outside ("30360.00"), an integer count of its smallest unit inside
 * (kopecks, basis points): no floating point on either side.
 */
function decimalScalar(name: string, decimals: number, description: string): GraphQLScalarType<number, string> {
  const scale = 10 ** decimals;
  const pattern = new RegExp(`^-?\\d{1,13}(\\.\\d{1,${decimals}})?$`);
  const refuse = () =>
    new GraphQLError(`${name} is a decimal string with at most ${decimals} decimals, e.g. "${(1500).toFixed(decimals)}"`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  const parse = (value: unknown): number => {
    const text = typeof value === 'string' ? value.trim() : '';
    if (!pattern.test(text)) throw refuse();
    const [whole, fraction = ''] = text.replace('-', '').split('.');
    const units = Number(whole) * scale + Number(fraction.padEnd(decimals, '0'));
    if (!Number.isSafeInteger(units)) throw refuse();
    return text.startsWith('-') ? -units : units;
  };
  return new GraphQLScalarType<number, string>({
    name,
    description,
    serialize(value) {
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new GraphQLError(`${name} must be an integer inside`);
      const abs = Math.abs(value);
      return `${value < 0 ? '-' : ''}${Math.floor(abs / scale)}.${String(abs % scale).padStart(decimals, '0')}`;
    },
    parseValue: parse,
    parseLiteral(ast) {
      if (ast.kind !== Kind.STRING) throw refuse();
      return parse(ast.value);
    },
  });
}

/** Kopecks inside, roubles with two decimals outside. */
export const MoneyScalar = decimalScalar('Money', 2, 'An amount in roubles as a decimal string with two decimals, e.g. "30360.00"');
/** Basis points inside, a percentage with two decimals outside ("35.00" = 35 %). */
export const PercentScalar = decimalScalar('Percent', 2, 'A percentage as a decimal string, e.g. "35.00"');
/** Ten-thousandths inside, a multiplier with four decimals outside ("1.1000"). */
export const FactorScalar = decimalScalar('Factor', 4, 'A multiplier as a decimal string, e.g. "1.1000"');

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: unknown): string {
  const match = typeof value === 'string' ? DATE_PATTERN.exec(value) : null;
  const valid = match && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value as string);
  if (!valid) throw new GraphQLError('A date is written YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
  return value as string;
}

/** A calendar day without time zone (deadlines, periods), carried as the string YYYY-MM-DD. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date without time zone, YYYY-MM-DD',
  // what is answered was stored as a date: its shape is enough (a calendar check per row is not)
  serialize: (value) => {
    if (typeof value === 'string' && DATE_PATTERN.test(value)) return value;
    throw new GraphQLError('A date is written YYYY-MM-DD');
  },
  parseValue: (value) => parseDate(value),
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('A date is written "YYYY-MM-DD"', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDate(ast.value);
  },
});
