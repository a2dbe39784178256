import { describe, expect, it } from 'vitest';
import * as rules from './index.js';
import * as inn from './inn.js';
import * as okved from './okved.js';
import * as phone from './phone.js';
import * as regions from './regions.js';

describe('leads/rules index', () => {
  it('re-exports every rule of every rule file, as the same object, and nothing else', () => {
    // derived from the rule files themselves: a rule added to one of them and not to the index fails here
    const everyRule = { ...inn, ...okved, ...phone, ...regions };
    expect(Object.keys(everyRule).length).toBe(Object.keys(inn).length + Object.keys(okved).length + Object.keys(phone).length + Object.keys(regions).length);
    expect(Object.keys(rules).sort()).toEqual(Object.keys(everyRule).sort());
    for (const [name, rule] of Object.entries(everyRule)) expect(rules[name as keyof typeof rules], name).toBe(rule);
  });
});
