import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminSession } from "../fixtures/admin"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("invoicing routes", () => {
      let admin: { headers: Record<string, string> }

      beforeEach(async () => {
        admin = await createAdminSession(getContainer(), api)
      })

      it("lists no invoices on a fresh store", async () => {
        const res = await api.get("/admin/invoices", admin)

        expect(res.status).toBe(200)
        expect(res.data).toEqual({
          invoices: [],
          count: 0,
          offset: 0,
          limit: 20,
        })
      })
    })
  },
})
