/**
 * Calls `task` on every item, at most `limit` at once, starting the items in order as slots
 * free up; resolves with the results in the items' order. After a task rejects no new task
 * starts, and the call rejects with that error once the running ones have finished (none is
 * left running unobserved). The report runner's tasks catch their own failures.
 *
 * @example
 * const codes = await mapConcurrently(notebooks, 2, (name, i) => runOne(name, i)); // two kernels at a time
 */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`mapConcurrently: limit must be a whole number >= 1 (got ${limit})`);
  const results: R[] = new Array(items.length);
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (next < items.length && failure === null) {
      const index = next++;
      try {
        results[index] = await task(items[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure !== null) throw (failure as { error: unknown }).error;
  return results;
}
