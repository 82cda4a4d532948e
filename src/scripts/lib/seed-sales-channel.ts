import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEMO_PUBLISHABLE_KEY, DEMO_SALES_CHANNEL } from "./seed-store-data"
import { findOrCreateId, isLinked } from "./seed-helpers"

type ApiKeyRecord = {
  id: string
  token: string
  sales_channels?: ({ id: string } | null)[] | null
}

/**
 * Finds or creates the demo sales channel.
 *
 * @returns the sales channel's id
 * @example
 * const salesChannelId = await ensureSalesChannel(container)
 */
export async function ensureSalesChannel(container: MedusaContainer) {
  const service = container.resolve(Modules.SALES_CHANNEL)

  return findOrCreateId(
    () => service.listSalesChannels({ name: DEMO_SALES_CHANNEL }),
    async () => {
      const { result } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: DEMO_SALES_CHANNEL }] },
      })

      return result
    }
  )
}

async function findOrCreateApiKey(
  container: MedusaContainer
): Promise<ApiKeyRecord> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "revoked_at", "sales_channels.id"],
    filters: { title: DEMO_PUBLISHABLE_KEY, type: "publishable" },
  })
  const key: ApiKeyRecord | undefined = data.find((k) => !k.revoked_at)
  if (key) {
    return key
  }

  const { result } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        { title: DEMO_PUBLISHABLE_KEY, type: "publishable", created_by: "" },
      ],
    },
  })

  return { ...result[0], sales_channels: [] }
}

/**
 * Finds (or creates) the demo publishable API key, not revoked, and links
 * it to the sales channel.
 *
 * @returns the key's token, to send as `x-publishable-api-key`
 * @example
 * const publishableKey = await ensurePublishableKey(container, salesChannelId)
 */
export async function ensurePublishableKey(
  container: MedusaContainer,
  salesChannelId: string
) {
  const key = await findOrCreateApiKey(container)

  if (!isLinked(key.sales_channels, salesChannelId)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [salesChannelId] },
    })
  }

  return key.token as string
}
