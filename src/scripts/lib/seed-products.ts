import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import { DEMO_PRODUCTS, STOCKED_QUANTITY, VariantKey } from "./seed-store-data"
import { createMissing } from "./seed-helpers"

/** A seeded product's one variant and its inventory item. */
export type SeededVariant = {
  key: VariantKey
  id: string
  inventory_item_id: string
}

type ProductsContext = {
  salesChannelId: string
  shippingProfileId: string
}

function toProductInput(
  product: (typeof DEMO_PRODUCTS)[number],
  { salesChannelId, shippingProfileId }: ProductsContext
) {
  return {
    title: product.title,
    handle: product.handle,
    status: ProductStatus.PUBLISHED,
    shipping_profile_id: shippingProfileId,
    sales_channels: [{ id: salesChannelId }],
    options: [{ title: "Size", values: ["One Size"] }],
    variants: [
      {
        title: "One Size",
        sku: product.sku,
        manage_inventory: true,
        options: { Size: "One Size" },
        prices: product.prices,
      },
    ],
  }
}

async function createProducts(
  container: MedusaContainer,
  products: typeof DEMO_PRODUCTS,
  context: ProductsContext
) {
  const { result } = await createProductsWorkflow(container).run({
    input: { products: products.map((p) => toProductInput(p, context)) },
  })

  return result
}

/**
 * Finds or creates the demo products, published in the sales channel, each
 * with one inventory-managed variant.
 *
 * @returns the variants with their inventory items, in DEMO_PRODUCTS order
 * @throws Error when a variant is missing or has no inventory item
 * @example
 * const variants = await ensureProducts(container, salesChannelId, profileId)
 */
export async function ensureProducts(
  container: MedusaContainer,
  salesChannelId: string,
  shippingProfileId: string
): Promise<SeededVariant[]> {
  const service = container.resolve(Modules.PRODUCT)
  const context = { salesChannelId, shippingProfileId }
  await createMissing(
    DEMO_PRODUCTS,
    await service.listProducts({ handle: DEMO_PRODUCTS.map((p) => p.handle) }),
    (wanted, product) => wanted.handle === product.handle,
    (missing) => createProducts(container, missing, context)
  )

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

async function stockVariants(
  container: MedusaContainer,
  variants: SeededVariant[],
  stockLocationId: string
) {
  const { result } = await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.map((v) => ({
        inventory_item_id: v.inventory_item_id,
        location_id: stockLocationId,
        stocked_quantity: STOCKED_QUANTITY,
      })),
    },
  })

  return result
}

/**
 * Stocks every variant's inventory item at the stock location, where it
 * has no inventory level yet.
 *
 * @example
 * await ensureInventoryLevels(container, variants, stockLocationId)
 */
export async function ensureInventoryLevels(
  container: MedusaContainer,
  variants: SeededVariant[],
  stockLocationId: string
) {
  const service = container.resolve(Modules.INVENTORY)
  await createMissing(
    variants,
    await service.listInventoryLevels({
      inventory_item_id: variants.map((v) => v.inventory_item_id),
      location_id: stockLocationId,
    }),
    (variant, level) => level.inventory_item_id === variant.inventory_item_id,
    (missing) => stockVariants(container, missing, stockLocationId)
  )
}
