import type { EntityManager } from '@mikro-orm/postgresql';

export type CountedKind = 'CONTRACT' | 'POA';

/**
 * The next number of its kind in the firm's year, taken inside the caller's transaction: the
 * counter row stays locked until commit (concurrent creations wait and take the following number),
 * and a rollback returns the number, so a year's sequence has no gaps and never repeats.
 */
export async function takeSequence(em: EntityManager, firmId: string, kind: CountedKind, year: number): Promise<number> {
  const rows = await em.getConnection().execute<{ last: number }[]>(
    `insert into document_counter (firm_id, kind, year, last) values (?, ?, ?, 1)
     on conflict (firm_id, kind, year) do update set last = document_counter.last + 1
     returning last`,
    [firmId, kind, year],
    'all',
    em.getTransactionContext(),
  );
  return Number(rows[0]!.last);
}
