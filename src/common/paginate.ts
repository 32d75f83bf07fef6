import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Newest first with the id as tie-break, so pages are stable; one page and the total. */
export async function newestFirstPage<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  page: { limit: number; page: number },
): Promise<{ items: E[]; total: number }> {
  const [items, total] = await query
    .orderBy(`${query.alias}.created_at`, 'DESC')
    .addOrderBy(`${query.alias}.id`, 'ASC')
    .take(page.limit)
    .skip((page.page - 1) * page.limit)
    .getManyAndCount();
  return { items, total };
}
