/**
 * The lookup-then-create steps every part of the demo seed shares, which
 * keep it idempotent.
 */

type Identified = { id: string }

/**
 * Returns the id of the first record `find` lists or, when it lists none,
 * of the first record `create` makes.
 *
 * @example
 * const id = await findOrCreateId(
 *   () => service.listSalesChannels({ name }),
 *   () => createSalesChannels(name)
 * )
 */
export async function findOrCreateId(
  find: () => Promise<Identified[]>,
  create: () => Promise<Identified[]>
): Promise<string> {
  const [existing] = await find()
  if (existing) {
    return existing.id
  }

  const [created] = await create()

  return created.id
}

/**
 * Creates, with `create`, the entries of `wanted` that no entry of
 * `existing` matches.
 *
 * @returns `existing` followed by what `create` returned
 * @example
 * const regions = await createMissing(
 *   DEMO_REGIONS,
 *   await service.listRegions({ name: { $in: names } }),
 *   (wanted, region) => wanted.name === region.name,
 *   (missing) => createRegions(container, missing)
 * )
 */
export async function createMissing<W, E>(
  wanted: readonly W[],
  existing: E[],
  matches: (wanted: W, existing: E) => boolean,
  create: (missing: W[]) => Promise<E[]>
): Promise<E[]> {
  const missing = wanted.filter((w) => !existing.some((e) => matches(w, e)))
  if (!missing.length) {
    return existing
  }

  return [...existing, ...(await create(missing))]
}

/**
 * Whether a linked-records list from `query.graph` holds `id`.
 *
 * @example
 * if (!isLinked(location.sales_channels, salesChannelId)) { ... }
 */
export function isLinked(
  records: readonly ({ id: string } | null)[] | null | undefined,
  id: string
): boolean {
  return (records ?? []).some((record) => record?.id === id)
}
