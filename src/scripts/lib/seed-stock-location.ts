import {
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEMO_STOCK_LOCATION, FULFILLMENT_PROVIDER } from "./seed-store-data"
import { findOrCreateId, isLinked } from "./seed-helpers"

async function findOrCreateStockLocation(container: MedusaContainer) {
  const service = container.resolve(Modules.STOCK_LOCATION)

  return findOrCreateId(
    () => service.listStockLocations({ name: DEMO_STOCK_LOCATION }),
    async () => {
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

      return result
    }
  )
}

async function linkFulfillmentProvider(
  container: MedusaContainer,
  locationId: string
) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER },
  })
}

/**
 * Finds or creates the demo warehouse and links it to the manual
 * fulfillment provider and to the sales channel.
 *
 * @returns the stock location's id
 * @example
 * const stockLocationId = await ensureStockLocation(container, salesChannelId)
 */
export async function ensureStockLocation(
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

  if (!isLinked(location.fulfillment_providers, FULFILLMENT_PROVIDER)) {
    await linkFulfillmentProvider(container, locationId)
  }

  if (!isLinked(location.sales_channels, salesChannelId)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: locationId, add: [salesChannelId] },
    })
  }

  return locationId
}
