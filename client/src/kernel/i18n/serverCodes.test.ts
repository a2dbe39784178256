import { describe, expect, it } from 'vitest';
import en from './en.json';
import ru from './ru.json';

/*
 * Every code the server puts on a field problem (`extensions.fields[].code`) is shown in Russian
 * from `validation.<code>`; without one the user reads the server's English words. The codes are
 * gathered statically from the server's sources, read here as text (not imported: the client does
 * not depend on the server). A registry of codes on the server, or an enum in the schema, would
 * have to be kept in step with the throws by hand, which is the drift this test is for; reading
 * the throws themselves needs nothing kept. Where the server raises them:
 * - `fieldError(field, message, CODE)` and the local `fail(field, message, CODE)` helpers: every
 *   quoted code in the last argument (a code may be chosen by a condition);
 * - rule results and field-problem literals written on one line with a `message` and `code: 'CODE'`
 *   (INN, OGRN and KPP checks, the firm's requisites, scans, the argument check in validation.ts);
 * - class-validator decorators of the inputs, whose constraint name is the code (`@IsUUID` → isUuid).
 */

const SOURCES = import.meta.glob<string>(['../../../../server/src/**/*.ts', '!../../../../server/src/**/*.test.ts'], { query: '?raw', import: 'default', eager: true });

const QUOTED_CODE = /'([A-Z][A-Z0-9_]+)'/g;

/** The arguments of each call of `name(` in `text`, split at top-level commas (strings and template literals kept whole). */
function callArguments(text: string, name: RegExp): string[][] {
  const calls: string[][] = [];
  for (const match of text.matchAll(name)) {
    const args: string[] = [];
    let depth = 0;
    let quote: string | null = null;
    let current = '';
    for (let i = match.index + match[0].length; i < text.length; i++) {
      const char = text[i]!;
      if (quote) {
        if (char === '\\') current += char + text[++i];
        else {
          if (char === quote) quote = null;
          current += char;
        }
        continue;
      }
      if (char === "'" || char === '"' || char === '`') quote = char;
      else if ('([{'.includes(char)) depth++;
      else if (')]}'.includes(char)) {
        if (depth === 0) break;
        depth--;
      } else if (char === ',' && depth === 0) {
        args.push(current.trim());
        current = '';
        continue;
      }
      current += char;
    }
    args.push(current.trim());
    calls.push(args);
  }
  return calls;
}

/** class-validator's constraint name of a decorator: `@Length` checks isLength, `@IsUUID` isUuid, the rest lower their first letter. */
function constraintOf(decorator: string): string {
  if (decorator === 'Length') return 'isLength';
  const name = decorator.replace(/UUID/, 'Uuid');
  return name[0]!.toLowerCase() + name.slice(1);
}

// decorators that never refuse a value
const NOT_CHECKS = new Set(['IsOptional', 'ValidateIf', 'ValidateNested']);

function serverCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  const add = (code: string, where: string) => void (codes.has(code) || codes.set(code, where));
  for (const [path, text] of Object.entries(SOURCES)) {
    const where = path.replace(/^(\.\.\/)+server\//, 'server/');
    for (const args of callArguments(text, /\b(?:fieldError|fail)\((?!res\b)/g)) {
      if (args.length < 3) continue;
      // a literal compared against is a condition, not a code
      for (const [, code] of args.at(-1)!.replace(/[!=]==\s*'[^']*'/g, '').matchAll(QUOTED_CODE)) add(code!, where);
    }
    for (const line of text.split('\n')) {
      // a GraphQL error's own code (extensions.code) is not a field problem
      if (!/\bmessage\b/.test(line) || /\bextensions\b/.test(line)) continue;
      for (const [, code] of line.matchAll(/\bcode: '([A-Z][A-Z0-9_]+)'/g)) add(code!, where);
    }
    for (const [, decorator] of text.matchAll(/@((?:Is|Max|Min|Array|Matches|Length)[A-Za-z0-9]*)\(/g)) {
      if (!NOT_CHECKS.has(decorator!)) add(constraintOf(decorator!), where);
    }
  }
  return codes;
}

describe("the server's field problem codes", () => {
  const codes = serverCodes();

  it('are found in the server sources', () => {
    // a guard on the gathering itself: known codes of each way of raising them
    expect([...codes.keys()]).toEqual(expect.arrayContaining(['NOT_A_DRAFT', 'SMTP_AUTH', 'BIK_FORMAT', 'INN_CHECKSUM', 'OGRN_KIND', 'INVALID_CHARACTERS', 'isUuid', 'isLength', 'maxLength']));
  });

  it.each([
    ['ru', ru.validation],
    ['en', en.validation],
  ] as const)('each have a %s translation under validation.*', (_, translations) => {
    const missing = [...codes].filter(([code]) => !(code in translations)).map(([code, where]) => `${code} (${where})`);
    expect(missing).toEqual([]);
  });
});
