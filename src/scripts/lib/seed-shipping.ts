import {
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  DEFAULT_SHIPPING_PROFILE,
  DEMO_COUNTRIES,
  DEMO_FULFILLMENT_SET,
  DEMO_SERVICE_ZONE,
  DEMO_SHIPPING_OPTION,
  DEMO_SHIPPING_PRICES,
  FULFILLMENT_PROVIDER,
} from "./seed-store-data"
import { findOrCreateId } from "./seed-helpers"

/**
 * Finds or creates the default shipping profile.
 *
 * @returns the shipping profile's id
 * @example
 * const shippingProfileId = await ensureShippingProfile(container)
 */
export async function ensureShippingProfile(container: MedusaContainer) {
  const service = container.resolve(Modules.FULFILLMENT)

  return findOrCreateId(
    () => service.listShippingProfiles({ type: "default" }),
    async () => {
      const { result } = await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: DEFAULT_SHIPPING_PROFILE, type: "default" }] },
      })

      return result
    }
  )
}

async function findOrCreateFulfillmentSet(
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

  const set = await findSet()
  if (set) {
    return set
  }

  await createLocationFulfillmentSetWorkflow(container).run({
    input: {
      location_id: stockLocationId,
      fulfillment_set_data: { name: DEMO_FULFILLMENT_SET, type: "shipping" },
    },
  })

  return findSet()
}

async function ensureServiceZone(
  container: MedusaContainer,
  stockLocationId: string
) {
  const set = await findOrCreateFulfillmentSet(container, stockLocationId)
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

async function createShippingOption(
  container: MedusaContainer,
  serviceZoneId: string,
  shippingProfileId: string
) {
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

  return result
}

/**
 * Finds or creates the warehouse's fulfillment set, a service zone for the
 * demo countries and the flat "Standard Shipping" option in it.
 *
 * @returns the shipping option's id
 * @example
 * const id = await ensureShippingOption(container, stockLocationId, profileId)
 */
export async function ensureShippingOption(
  container: MedusaContainer,
  stockLocationId: string,
  shippingProfileId: string
) {
  const serviceZoneId = await ensureServiceZone(container, stockLocationId)
  const service = container.resolve(Modules.FULFILLMENT)

  return findOrCreateId(
    () =>
      service.listShippingOptions({
        name: DEMO_SHIPPING_OPTION,
        service_zone: { id: serviceZoneId },
      }),
    () => createShippingOption(container, serviceZoneId, shippingProfileId)
  )
}
