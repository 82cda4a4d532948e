import {
  createStoresWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DEMO_CURRENCIES } from "./seed-store-data"

type StoreSettings = {
  supported_currencies?: { currency_code: string; is_default?: boolean }[]
  default_sales_channel_id?: string | null
  default_region_id?: string | null
}

function currencyKeys(
  currencies: { currency_code: string; is_default?: boolean }[]
) {
  return currencies.map((c) => `${c.currency_code}:${!!c.is_default}`).sort()
}

function isStoreConfigured(
  store: StoreSettings,
  salesChannelId: string,
  defaultRegionId: string
) {
  const current = currencyKeys(store.supported_currencies ?? [])
  const wanted = currencyKeys(DEMO_CURRENCIES)

  return (
    current.join() === wanted.join() &&
    store.default_sales_channel_id === salesChannelId &&
    store.default_region_id === defaultRegionId
  )
}

async function findOrCreateStore(container: MedusaContainer) {
  const service = container.resolve(Modules.STORE)
  const [store] = await service.listStores(
    {},
    { relations: ["supported_currencies"], take: 1 }
  )
  if (store) {
    return store
  }

  const { result } = await createStoresWorkflow(container).run({
    input: {
      stores: [{ name: "Demo Store", supported_currencies: DEMO_CURRENCIES }],
    },
  })

  return result[0]
}

/**
 * Gives the store (created if there is none) the demo currencies, EUR by
 * default, and makes the sales channel and region its defaults.
 *
 * @example
 * await ensureStoreSettings(container, salesChannelId, regions.eur)
 */
export async function ensureStoreSettings(
  container: MedusaContainer,
  salesChannelId: string,
  defaultRegionId: string
) {
  const store = await findOrCreateStore(container)
  if (isStoreConfigured(store, salesChannelId, defaultRegionId)) {
    return
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        supported_currencies: DEMO_CURRENCIES,
        default_sales_channel_id: salesChannelId,
        default_region_id: defaultRegionId,
      },
    },
  })
}
