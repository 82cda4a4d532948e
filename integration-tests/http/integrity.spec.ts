import { Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  INVOICING_MODULE,
  InvoicingModuleService,
} from "../../src/modules/invoicing"
import { issueInvoiceWorkflow } from "../../src/workflows/issue-invoice"
import {
  createInvoiceStep,
  loadOrderForInvoiceStep,
  prepareInvoiceSnapshotStep,
} from "../../src/workflows/steps"
import {
  createLegacyOrder as createOrderFixture,
  setupTestStore,
  TestStore,
} from "../fixtures/invoicing"

jest.setTimeout(180 * 1000)

const failingStep = createStep(
  "invoicing-test-fail-after-create",
  async (input: { issue_other?: string }, { container }) => {
    if (input.issue_other) {
      await issueInvoiceWorkflow(container).run({
        input: { order_id: input.issue_other },
      })
    }

    throw new Error("A later step failed")
  }
)

/** The issue workflow's steps followed by one that always fails. */
const issueThenFailWorkflow = createWorkflow(
  "invoicing-test-issue-then-fail",
  (input: { order_id: string; issue_other?: string }) => {
    const order = loadOrderForInvoiceStep({ order_id: input.order_id })
    const snapshot = prepareInvoiceSnapshotStep(order!)
    const invoice = createInvoiceStep({ snapshot, if_exists: "throw" })
    failingStep({ issue_other: input.issue_other })

    return new WorkflowResponse(invoice)
  }
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let t: TestStore

    beforeEach(async () => {
      t = await setupTestStore(getContainer(), api)
    })

    const createLegacyOrder = () => createOrderFixture(getContainer(), t)
    const counterValue = async () => {
      const { rows } = await dbConnection.raw(
        "select coalesce(max(last_value), 0) as v from invoice_number_counter"
      )

      return Number(rows[0].v)
    }
    const issue = (orderId: string) =>
      issueInvoiceWorkflow(getContainer()).run({
        input: { order_id: orderId },
      })

    describe("an issued invoice is immutable", () => {
      it("refuses service updates and deletes with NOT_ALLOWED", async () => {
        const order = await createLegacyOrder()
        const { result } = await issue(order.id)
        const invoicing =
          getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE)

        await expect(
          invoicing.updateInvoices({ id: result!.id, total: 0 })
        ).rejects.toMatchObject({
          type: "not_allowed",
          message:
            "An issued invoice cannot be changed; correct it with a credit note.",
        })
        await expect(
          invoicing.softDeleteInvoices([result!.id])
        ).rejects.toMatchObject({ type: "not_allowed" })
      })

      it("is guarded by the database against direct SQL edits and deletes", async () => {
        const order = await createLegacyOrder()
        const { result } = await issue(order.id)

        await expect(
          dbConnection.raw("update invoice set total = 0 where id = ?", [
            result!.id,
          ])
        ).rejects.toThrow("cannot be changed; issue a credit note instead")
        await expect(
          dbConnection.raw("update invoice_line set total = 0")
        ).rejects.toThrow("cannot be changed")
        await expect(
          dbConnection.raw("delete from invoice where id = ?", [result!.id])
        ).rejects.toThrow("cannot be deleted")
        await expect(
          getContainer()
            .resolve<InvoicingModuleService>(INVOICING_MODULE)
            .createInvoiceLines({
              invoice_id: result!.id,
              position: 9,
              line_type: "item",
              title: "Injected",
              quantity: 1,
              unit_price: 1000,
              subtotal: 1000,
              discount_total: 0,
              tax_total: 0,
              total: 1000,
              tax_rate: 0,
              tax_lines: {},
            })
        ).rejects.toThrow("cannot be added to issued invoice")
        await expect(
          dbConnection.raw("update invoice_number_counter set last_value = 0")
        ).rejects.toThrow("only moves forward one number at a time")
        await expect(
          getContainer()
            .resolve<InvoicingModuleService>(INVOICING_MODULE)
            .updateInvoiceNumberCounters({ id: "invcnt_x", last_value: 0 })
        ).rejects.toMatchObject({ type: "not_allowed" })

        const res = await api.get(`/admin/invoices/${result!.id}`, t.admin)
        expect(res.data.invoice.total).toBeGreaterThan(0)
        expect(res.data.invoice.status).toBe("issued")
      })

      it("still lets the status columns move on", async () => {
        const order = await createLegacyOrder()
        const { result } = await issue(order.id)

        await dbConnection.raw(
          "update invoice set payment_status = 'paid', display_status = 'paid' where id = ?",
          [result!.id]
        )

        const res = await api.get(`/admin/invoices/${result!.id}`, t.admin)
        expect(res.data.invoice.display_status).toBe("paid")
      })
    })

    describe("orders that cannot be invoiced", () => {
      it("skips a missing or canceled order with a warning, consuming no number", async () => {
        const logger = getContainer().resolve("logger")
        const warn = jest.spyOn(logger, "warn")
        const order = await createLegacyOrder()
        await getContainer().resolve(Modules.ORDER).cancel(order.id)

        const missing = await issue("order_missing")
        const canceled = await issue(order.id)

        expect(missing.result).toBeNull()
        expect(canceled.result).toBeNull()
        expect(warn).toHaveBeenCalledWith(
          "Invoicing skipped order order_missing: the order is missing."
        )
        expect(warn).toHaveBeenCalledWith(
          `Invoicing skipped order ${order.id}: the order is canceled.`
        )
        expect(await counterValue()).toBe(0)
        warn.mockRestore()
      })
    })

    describe("compensation of the create step", () => {
      it("deletes the invoice and gives its number back when a later step fails", async () => {
        const order = await createLegacyOrder()

        const { errors } = await issueThenFailWorkflow(getContainer()).run({
          input: { order_id: order.id },
          throwOnError: false,
        })
        const { result } = await issue(order.id)

        expect(errors[0].error.message).toBe("A later step failed")
        expect(result!.number).toMatch(/-00001$/)
        expect(await counterValue()).toBe(1)
      })

      it("voids the invoice instead when a later number was already taken", async () => {
        const order = await createLegacyOrder()
        const other = await createLegacyOrder()

        await issueThenFailWorkflow(getContainer()).run({
          input: { order_id: order.id, issue_other: other.id },
          throwOnError: false,
        })
        const { rows } = await dbConnection.raw(
          "select order_id, number, status from invoice order by number"
        )

        expect(rows).toEqual([
          expect.objectContaining({ order_id: order.id, status: "void" }),
          expect.objectContaining({ order_id: other.id, status: "issued" }),
        ])
        expect(rows.map((r: any) => r.number.slice(-5))).toEqual([
          "00001",
          "00002",
        ])

        const reissued = await api.post(
          `/admin/orders/${order.id}/invoices`,
          {},
          t.admin
        )
        expect(reissued.data.invoice.number).toMatch(/-00003$/)
      })
    })
  },
})
