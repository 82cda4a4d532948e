import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createStoresWorkflow,
  createTaxRatesWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  DEFAULT_SHIPPING_PROFILE,
  DEMO_COUNTRIES,
  DEMO_CURRENCIES,
  DEMO_FULFILLMENT_SET,
  DEMO_PRODUCTS,
  DEMO_PUBLISHABLE_KEY,
  DEMO_REGIONS,
  DEMO_SALES_CHANNEL,
  DEMO_SERVICE_ZONE,
  DEMO_SHIPPING_OPTION,
  DEMO_SHIPPING_PRICES,
  DEMO_STOCK_LOCATION,
  DEMO_TAX_REGIONS,
  FULFILLMENT_PROVIDER,
  PAYMENT_PROVIDER,
  RegionKey,
  STOCKED_QUANTITY,
  TAX_PROVIDER,
  US_SHIPPING_TAX_RATE,
  VariantKey,
} from "./seed-store-data"

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

type ApiKeyRecord = {
  id: string
  token: string
  sales_channels?: ({ id: string } | null)[] | null
}

type LinkedRecord = { id: string } | null

type SeededVariant = {
  key: VariantKey
  id: string
  inventory_item_id: string
}

async function ensureSalesChannel(container: MedusaContainer) {
  const service = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await service.listSalesChannels({
    name: DEMO_SALES_CHANNEL,
  })
  if (existing) {
    return existing.id
  }

  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: DEMO_SALES_CHANNEL }] },
  })

  return result[0].id
}

async function ensureStoreSettings(
  container: MedusaContainer,
  salesChannelId: string,
  defaultRegionId: string
) {
  const service = container.resolve(Modules.STORE)
  let [store] = await service.listStores(
    {},
    { relations: ["supported_currencies"], take: 1 }
  )
  if (!store) {
    const { result } = await createStoresWorkflow(container).run({
      input: {
        stores: [{ name: "Demo Store", supported_currencies: DEMO_CURRENCIES }],
      },
    })
    store = result[0]
  }

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

function isStoreConfigured(
  store: {
    supported_currencies?: { currency_code: string; is_default?: boolean }[]
    default_sales_channel_id?: string | null
    default_region_id?: string | null
  },
  salesChannelId: string,
  defaultRegionId: string
) {
  const current = (store.supported_currencies ?? [])
    .map((c) => `${c.currency_code}:${!!c.is_default}`)
    .sort()
  const wanted = DEMO_CURRENCIES.map(
    (c) => `${c.currency_code}:${!!c.is_default}`
  ).sort()

  return (
    current.join() === wanted.join() &&
    store.default_sales_channel_id === salesChannelId &&
    store.default_region_id === defaultRegionId
  )
}

async function ensurePublishableKey(
  container: MedusaContainer,
  salesChannelId: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "revoked_at", "sales_channels.id"],
    filters: { title: DEMO_PUBLISHABLE_KEY, type: "publishable" },
  })
  let key: ApiKeyRecord | undefined = data.find((k) => !k.revoked_at)
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: {
        api_keys: [
          { title: DEMO_PUBLISHABLE_KEY, type: "publishable", created_by: "" },
        ],
      },
    })
    key = { ...result[0], sales_channels: [] }
  }

  const linked = (key.sales_channels ?? []).some(
    (sc) => sc?.id === salesChannelId
  )
  if (!linked) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [salesChannelId] },
    })
  }

  return key.token as string
}

async function ensureRegions(
  container: MedusaContainer
): Promise<Record<RegionKey, string>> {
  const service = container.resolve(Modules.REGION)
  const existing = await service.listRegions({
    name: { $in: DEMO_REGIONS.map((r) => r.name) },
  })
  const missing = DEMO_REGIONS.filter(
    (r) => !existing.some((e) => e.name === r.name)
  )
  if (missing.length) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: missing.map((r) => ({
          name: r.name,
          currency_code: r.currency_code,
          countries: r.countries,
          payment_providers: [PAYMENT_PROVIDER],
        })),
      },
    })
    existing.push(...result)
  }

  const idOf = (name: string) => existing.find((r) => r.name === name)!.id

  return Object.fromEntries(
    DEMO_REGIONS.map((r) => [r.key, idOf(r.name)])
  ) as Record<RegionKey, string>
}

async function ensureStockLocation(
  container: MedusaContainer,
  salesChannelId: string
) {
  const locationId = await findOrCreateStockLocation(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [location],
  } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_providers.id"],
    filters: { id: locationId },
  })

  const providers = location.fulfillment_providers ?? []
  if (!providers.some((p: LinkedRecord) => p?.id === FULFILLMENT_PROVIDER)) {
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER },
    })
  }

  const channels = location.sales_channels ?? []
  if (!channels.some((sc: LinkedRecord) => sc?.id === salesChannelId)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: locationId, add: [salesChannelId] },
    })
  }

  return locationId
}

async function findOrCreateStockLocation(container: MedusaContainer) {
  const service = container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await service.listStockLocations({
    name: DEMO_STOCK_LOCATION,
  })
  if (existing) {
    return existing.id
  }

  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: DEMO_STOCK_LOCATION,
          address: {
            address_1: "Lagerweg 5",
            city: "Berlin",
            country_code: "de",
          },
        },
      ],
    },
  })

  return result[0].id
}

async function ensureShippingProfile(container: MedusaContainer) {
  const service = container.resolve(Modules.FULFILLMENT)
  const [existing] = await service.listShippingProfiles({ type: "default" })
  if (existing) {
    return existing.id
  }

  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: DEFAULT_SHIPPING_PROFILE, type: "default" }] },
  })

  return result[0].id
}

async function ensureServiceZone(
  container: MedusaContainer,
  stockLocationId: string
) {
  const service = container.resolve(Modules.FULFILLMENT)
  const findSet = async () =>
    (
      await service.listFulfillmentSets(
        { name: DEMO_FULFILLMENT_SET },
        { relations: ["service_zones"] }
      )
    )[0]

  let set = await findSet()
  if (!set) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: {
        location_id: stockLocationId,
        fulfillment_set_data: { name: DEMO_FULFILLMENT_SET, type: "shipping" },
      },
    })
    set = await findSet()
  }

  const zone = set.service_zones?.find((z) => z.name === DEMO_SERVICE_ZONE)
  if (zone) {
    return zone.id
  }

  const { result } = await createServiceZonesWorkflow(container).run({
    input: {
      data: [
        {
          name: DEMO_SERVICE_ZONE,
          fulfillment_set_id: set.id,
          geo_zones: DEMO_COUNTRIES.map((country_code) => ({
            type: "country" as const,
            country_code,
          })),
        },
      ],
    },
  })

  return result[0].id
}

async function ensureShippingOption(
  container: MedusaContainer,
  stockLocationId: string,
  shippingProfileId: string
) {
  const serviceZoneId = await ensureServiceZone(container, stockLocationId)
  const service = container.resolve(Modules.FULFILLMENT)
  const [existing] = await service.listShippingOptions({
    name: DEMO_SHIPPING_OPTION,
    service_zone: { id: serviceZoneId },
  })
  if (existing) {
    return existing.id
  }

  const { result } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: DEMO_SHIPPING_OPTION,
        price_type: "flat",
        provider_id: FULFILLMENT_PROVIDER,
        service_zone_id: serviceZoneId,
        shipping_profile_id: shippingProfileId,
        type: {
          label: "Standard",
          description: "Delivered in 2-5 business days.",
          code: "standard",
        },
        prices: DEMO_SHIPPING_PRICES,
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })

  return result[0].id
}

async function ensureTaxRegions(
  container: MedusaContainer,
  shippingOptionId: string
) {
  const service = container.resolve(Modules.TAX)
  const existing = (
    await service.listTaxRegions({
      country_code: DEMO_TAX_REGIONS.map((t) => t.country_code),
    })
  ).filter((r) => !r.parent_id && !r.province_code)
  const missing = DEMO_TAX_REGIONS.filter(
    (t) => !existing.some((e) => e.country_code === t.country_code)
  )
  if (missing.length) {
    const { result } = await createTaxRegionsWorkflow(container).run({
      input: missing.map((t) => ({
        country_code: t.country_code,
        provider_id: TAX_PROVIDER,
        default_tax_rate: { rate: t.rate, code: t.code, name: t.name },
      })),
    })
    existing.push(...result)
  }

  const us = existing.find(
    (r) => r.country_code === US_SHIPPING_TAX_RATE.country_code
  )!
  await ensureShippingTaxRate(container, us.id, shippingOptionId)
}

async function ensureShippingTaxRate(
  container: MedusaContainer,
  taxRegionId: string,
  shippingOptionId: string
) {
  const service = container.resolve(Modules.TAX)
  const [existing] = await service.listTaxRates({
    tax_region_id: taxRegionId,
    code: US_SHIPPING_TAX_RATE.code,
  })
  if (existing) {
    return
  }

  await createTaxRatesWorkflow(container).run({
    input: [
      {
        tax_region_id: taxRegionId,
        rate: US_SHIPPING_TAX_RATE.rate,
        code: US_SHIPPING_TAX_RATE.code,
        name: US_SHIPPING_TAX_RATE.name,
        rules: [
          { reference: "shipping_option", reference_id: shippingOptionId },
        ],
      },
    ],
  })
}

async function ensureProducts(
  container: MedusaContainer,
  salesChannelId: string,
  shippingProfileId: string
): Promise<SeededVariant[]> {
  const service = container.resolve(Modules.PRODUCT)
  const existing = await service.listProducts({
    handle: DEMO_PRODUCTS.map((p) => p.handle),
  })
  const missing = DEMO_PRODUCTS.filter(
    (p) => !existing.some((e) => e.handle === p.handle)
  )
  if (missing.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missing.map((p) => ({
          title: p.title,
          handle: p.handle,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: shippingProfileId,
          sales_channels: [{ id: salesChannelId }],
          options: [{ title: "Size", values: ["One Size"] }],
          variants: [
            {
              title: "One Size",
              sku: p.sku,
              manage_inventory: true,
              options: { Size: "One Size" },
              prices: p.prices,
            },
          ],
        })),
      },
    })
  }

  return listSeededVariants(container)
}

async function listSeededVariants(
  container: MedusaContainer
): Promise<SeededVariant[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { sku: DEMO_PRODUCTS.map((p) => p.sku) },
  })

  return DEMO_PRODUCTS.map((p) => {
    const variant = data.find((v) => v.sku === p.sku)
    const inventoryItemId = variant?.inventory_items?.[0]?.inventory_item_id
    if (!variant || !inventoryItemId) {
      throw new Error(
        `Seeded variant ${p.sku} is missing or has no inventory item.`
      )
    }

    return { key: p.key, id: variant.id, inventory_item_id: inventoryItemId }
  })
}

async function ensureInventoryLevels(
  container: MedusaContainer,
  variants: SeededVariant[],
  stockLocationId: string
) {
  const service = container.resolve(Modules.INVENTORY)
  const levels = await service.listInventoryLevels({
    inventory_item_id: variants.map((v) => v.inventory_item_id),
    location_id: stockLocationId,
  })
  const missing = variants.filter(
    (v) => !levels.some((l) => l.inventory_item_id === v.inventory_item_id)
  )
  if (!missing.length) {
    return
  }

  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: missing.map((v) => ({
        inventory_item_id: v.inventory_item_id,
        location_id: stockLocationId,
        stocked_quantity: STOCKED_QUANTITY,
      })),
    },
  })
}

function mapVariantIds(variants: SeededVariant[]) {
  return Object.fromEntries(variants.map((v) => [v.key, v.id])) as Record<
    VariantKey,
    string
  >
}
