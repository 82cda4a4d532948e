import type { Locator, Page } from "playwright-core"
import {
  assertNoReload,
  chooseOption,
  expectText,
  markPage,
  openAdmin,
  withScreenshot,
  type AdminSession,
} from "./support/browser"
import { browserEnv } from "./support/env"
import {
  adminClient,
  centsToString,
  placeOrder,
  readInvoice,
  toCents,
  type AdminClient,
} from "./support/store"

jest.setTimeout(120_000)

const env = browserEnv()

/** Opens the order page and waits for the billing widget. */
async function openOrder(page: Page, orderId: string): Promise<Locator> {
  await page.goto(`${env.baseUrl}/app/orders/${orderId}`)
  const widget = page.getByTestId("invoicing-order-billing")
  await widget.waitFor()

  return widget
}

/** Opens the widget's record-payment form; returns the dialog. */
async function openPaymentForm(page: Page, widget: Locator): Promise<Locator> {
  await widget
    .getByRole("button", { name: "Record payment", exact: true })
    .first()
    .click()
  const dialog = page.getByRole("dialog")
  await dialog.getByLabel("Amount", { exact: true }).waitFor()

  return dialog
}

/** Fills and submits the record-payment form. */
async function submitPayment(
  page: Page,
  dialog: Locator,
  payment: { amount: string; reference?: string; note?: string }
): Promise<void> {
  await dialog.getByLabel("Amount", { exact: true }).fill(payment.amount)
  const method = dialog.getByLabel("Method", { exact: true })
  await chooseOption(page, method, "Bank transfer")
  if (payment.reference) {
    await dialog
      .getByLabel("Reference", { exact: true })
      .fill(payment.reference)
  }
  if (payment.note) {
    await dialog.getByLabel("Note", { exact: true }).fill(payment.note)
  }
  await dialog
    .getByRole("button", { name: "Save payment", exact: true })
    .click()
}

describe("Order page billing widget", () => {
  let session: AdminSession
  let admin: AdminClient

  beforeAll(async () => {
    admin = await adminClient(env)
    session = await openAdmin(env)
  })

  afterAll(async () => {
    await session?.browser.close()
  })

  it("shows an order placed through the Store API as Invoiced", async () => {
    const { page } = session
    const { order, invoice } = await placeOrder(
      env,
      admin,
      "browser-widget@example.com",
      [
        { variant: "tshirt", quantity: 2 },
        { variant: "mug", quantity: 1 },
      ]
    )

    await withScreenshot(
      page,
      "order-widget",
      async () => {
        const widget = await openOrder(page, order.id)

        await expectText(
          widget.getByTestId("invoicing-billing-status"),
          /^\s*Invoiced\s*$/
        )
        const document = widget.locator(
          `[data-testid="invoicing-document"][data-number="${invoice.number}"]`
        )
        await document.waitFor()
        await expectText(document, invoice.number)
      },
      { element: page.getByTestId("invoicing-order-billing") }
    )
  })

  it("records a partial, then a full payment through the form, updating the badge in place", async () => {
    const { page } = session
    const { order, invoice } = await placeOrder(
      env,
      admin,
      "browser-payments@example.com"
    )
    const partial = 500
    const rest = toCents(invoice.total) - partial

    await withScreenshot(page, "record-payments", async () => {
      const widget = await openOrder(page, order.id)
      const badge = widget.getByTestId("invoicing-billing-status")
      await expectText(badge, "Invoiced")
      await markPage(page)

      let dialog = await openPaymentForm(page, widget)
      await submitPayment(page, dialog, {
        amount: centsToString(partial),
        reference: "SEPA-0001",
        note: "first instalment",
      })
      await dialog.waitFor({ state: "hidden" })
      await expectText(badge, "Partially paid")

      dialog = await openPaymentForm(page, widget)
      await submitPayment(page, dialog, { amount: centsToString(rest) })
      await dialog.waitFor({ state: "hidden" })
      await expectText(badge, /^\s*Paid\s*$/)
      await assertNoReload(page)
    })

    const stored = await readInvoice(admin, invoice.id)
    expect(stored.payment_status).toBe("paid")
    expect(
      stored.payments.map((p) => [p.kind, toCents(p.amount), p.method])
    ).toEqual([
      ["payment", partial, "bank_transfer"],
      ["payment", rest, "bank_transfer"],
    ])
  })

  it("shows why the form refuses a bad amount, and records nothing", async () => {
    const { page } = session
    const { order, invoice } = await placeOrder(
      env,
      admin,
      "browser-validation@example.com"
    )

    await withScreenshot(page, "payment-validation", async () => {
      const widget = await openOrder(page, order.id)
      const dialog = await openPaymentForm(page, widget)
      const amount = dialog.getByLabel("Amount", { exact: true })
      const error = page.getByTestId("invoicing-form-error")

      // A number input refuses letters outright; a text input must say why.
      const takesText = await amount.evaluate(
        (el) => (el as HTMLInputElement).type !== "number"
      )
      if (takesText) {
        await submitPayment(page, dialog, { amount: "abc" })
        await expectText(error, /\S/)
        await dialog.getByLabel("Amount", { exact: true }).waitFor()
      }

      await submitPayment(page, dialog, { amount: "1.234" })
      await expectText(error, "more decimals than EUR allows")
      await dialog.getByLabel("Amount", { exact: true }).waitFor()
    })

    const stored = await readInvoice(admin, invoice.id)
    expect(stored.payments).toEqual([])
    expect(stored.amount_paid).toBe(0)
  })
})
