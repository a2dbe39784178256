// Prints the GraphQL schema to schema/schema.graphql (or checks it with --check).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSortedSchema } from '../src/composition/schema.js';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/schema.graphql');
const printed = await printSortedSchema();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== printed) {
    console.error('schema/schema.graphql is stale: run `pnpm schema` and commit it');
    process.exit(1);
  }
  console.log('schema/schema.graphql is current');
} else {
  fs.writeFileSync(target, printed);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
