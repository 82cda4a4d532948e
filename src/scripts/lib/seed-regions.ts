import {
  createRegionsWorkflow,
  createTaxRatesWorkflow,
  createTaxRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  DEMO_REGIONS,
  DEMO_TAX_REGIONS,
  PAYMENT_PROVIDER,
  RegionKey,
  TAX_PROVIDER,
  US_SHIPPING_TAX_RATE,
} from "./seed-store-data"
import { createMissing } from "./seed-helpers"

async function createRegions(
  container: MedusaContainer,
  regions: typeof DEMO_REGIONS
) {
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: regions.map((r) => ({
        name: r.name,
        currency_code: r.currency_code,
        countries: r.countries,
        payment_providers: [PAYMENT_PROVIDER],
      })),
    },
  })

  return result
}

/**
 * Finds or creates the demo regions (Europe, United States, Japan), each
 * with the system payment provider.
 *
 * @returns the region ids by key
 * @example
 * const regions = await ensureRegions(container)
 */
export async function ensureRegions(
  container: MedusaContainer
): Promise<Record<RegionKey, string>> {
  const service = container.resolve(Modules.REGION)
  const regions = await createMissing(
    DEMO_REGIONS,
    await service.listRegions({
      name: { $in: DEMO_REGIONS.map((r) => r.name) },
    }),
    (wanted, region) => wanted.name === region.name,
    (missing) => createRegions(container, missing)
  )
  const idOf = (name: string) => regions.find((r) => r.name === name)!.id

  return Object.fromEntries(
    DEMO_REGIONS.map((r) => [r.key, idOf(r.name)])
  ) as Record<RegionKey, string>
}

async function createTaxRegions(
  container: MedusaContainer,
  taxRegions: typeof DEMO_TAX_REGIONS
) {
  const { result } = await createTaxRegionsWorkflow(container).run({
    input: taxRegions.map((t) => ({
      country_code: t.country_code,
      provider_id: TAX_PROVIDER,
      default_tax_rate: { rate: t.rate, code: t.code, name: t.name },
    })),
  })

  return result
}

/**
 * Finds or creates the country-level tax regions with their default rates,
 * and the 0 % rate that leaves US shipping untaxed.
 *
 * @example
 * await ensureTaxRegions(container, shippingOptionId)
 */
export async function ensureTaxRegions(
  container: MedusaContainer,
  shippingOptionId: string
) {
  const service = container.resolve(Modules.TAX)
  const found = await service.listTaxRegions({
    country_code: DEMO_TAX_REGIONS.map((t) => t.country_code),
  })
  const taxRegions = await createMissing(
    DEMO_TAX_REGIONS,
    found.filter((r) => !r.parent_id && !r.province_code),
    (wanted, region) => wanted.country_code === region.country_code,
    (missing) => createTaxRegions(container, missing)
  )

  const us = taxRegions.find(
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
