import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureRegions, ensureTaxRegions } from "./seed-regions"
import {
  ensureInventoryLevels,
  ensureProducts,
  SeededVariant,
} from "./seed-products"
import { ensurePublishableKey, ensureSalesChannel } from "./seed-sales-channel"
import { ensureShippingOption, ensureShippingProfile } from "./seed-shipping"
import { ensureStockLocation } from "./seed-stock-location"
import { ensureStoreSettings } from "./seed-store-settings"
import { RegionKey, VariantKey } from "./seed-store-data"

/**
 * Ids of everything a storefront (or a test) needs to place orders in the
 * seeded store.
 */
export type SeededStore = {
  /** Token to send as `x-publishable-api-key`. */
  publishable_key: string
  sales_channel_id: string
  regions: Record<RegionKey, string>
  shipping_option_id: string
  variants: Record<VariantKey, string>
  stock_location_id: string
}

/**
 * Builds the demo store: currencies EUR (default), USD and JPY; a sales
 * channel with a publishable API key; regions Europe (de, fr), United States
 * and Japan; tax regions (DE 19 %, FR 20 %, US 10.75 % with untaxed
 * shipping, JP 0 %); a warehouse shipping to all four countries with one
 * flat "Standard Shipping" option; three published products in stock.
 *
 * Idempotent: every record is looked up by name, handle, SKU or code first,
 * so a second call creates nothing and returns the same ids.
 *
 * @throws whatever the core workflows throw, e.g. when a country already
 *   belongs to a region of another name
 * @example
 * const store = await seedStore(container)
 * const client = createStoreClient({ baseUrl, publishableKey: store.publishable_key })
 */
export async function seedStore(
  container: MedusaContainer
): Promise<SeededStore> {
  const salesChannelId = await ensureSalesChannel(container)
  const regions = await ensureRegions(container)
  await ensureStoreSettings(container, salesChannelId, regions.eur)
  const publishableKey = await ensurePublishableKey(container, salesChannelId)
  const stockLocationId = await ensureStockLocation(container, salesChannelId)
  const shippingProfileId = await ensureShippingProfile(container)
  const shippingOptionId = await ensureShippingOption(
    container,
    stockLocationId,
    shippingProfileId
  )
  await ensureTaxRegions(container, shippingOptionId)
  const variants = await ensureProducts(
    container,
    salesChannelId,
    shippingProfileId
  )
  await ensureInventoryLevels(container, variants, stockLocationId)

  return {
    publishable_key: publishableKey,
    sales_channel_id: salesChannelId,
    regions,
    shipping_option_id: shippingOptionId,
    variants: mapVariantIds(variants),
    stock_location_id: stockLocationId,
  }
}

function mapVariantIds(variants: SeededVariant[]) {
  return Object.fromEntries(variants.map((v) => [v.key, v.id])) as Record<
    VariantKey,
    string
  >
}
