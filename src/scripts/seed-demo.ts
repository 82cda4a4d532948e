import fs from "fs"
import path from "path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedStore } from "./lib/seed-store"

const OUTPUT_FILE = path.join(".data", "demo-store.json")

/**
 * `medusa exec ./src/scripts/seed-demo.ts`: seeds the demo store (safe to
 * run again; it creates only what is missing) and writes the ids a
 * storefront needs to `.data/demo-store.json`.
 *
 * @example
 * npx medusa exec ./src/scripts/seed-demo.ts
 */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const store = await seedStore(container)

  const file = path.resolve(process.cwd(), OUTPUT_FILE)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(store, null, 2)}\n`)
  logger.info(`Demo store seeded; ids written to ${OUTPUT_FILE}`)
}
