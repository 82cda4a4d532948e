import { buildInvoiceSnapshot, invoiceBlocker } from "../snapshot"

const settings = {
  seller: { name: "Seller GmbH" },
  payment_terms_days: 14,
  timezone: "Europe/Berlin",
}

describe("invoiceBlocker", () => {
  it("blocks drafts and canceled orders only", () => {
    expect(invoiceBlocker({ status: "pending" })).toBeNull()
    expect(invoiceBlocker({ status: "completed" })).toBeNull()
    expect(invoiceBlocker({ status: "draft" })).toBe("draft")
    expect(invoiceBlocker({ status: "pending", is_draft_order: true })).toBe(
      "draft"
    )
    expect(invoiceBlocker({ status: "canceled" })).toBe("canceled")
  })
})

describe("buildInvoiceSnapshot", () => {
  const order = {
    id: "order_1",
    display_id: 7,
    status: "pending",
    email: "erika@example.com",
    customer_id: "cus_1",
    currency_code: "EUR",
    billing_address: {
      id: "addr_1",
      first_name: "Erika",
      city: "Berlin",
      country_code: "de",
      metadata: { internal: true },
    },
    items: [
      {
        id: "item_1",
        title: "Large",
        product_title: "T-Shirt",
        variant_title: "Large",
        variant_sku: "TS-L",
        quantity: 2,
        unit_price: 20,
        subtotal: 40,
        tax_lines: [{ code: "VAT", name: "VAT 19%", rate: 19 }],
      },
    ],
    shipping_methods: [
      {
        id: "sm_1",
        name: "Standard",
        amount: 4.9,
        subtotal: 4.9,
        tax_lines: [{ code: "VAT", name: "VAT 19%", rate: 19 }],
      },
    ],
  }

  it("dates the invoice on the seller's calendar and adds the terms", () => {
    const snapshot = buildInvoiceSnapshot(
      order,
      settings,
      new Date("2026-12-31T23:30:00Z")
    )

    expect(snapshot.issue_date).toBe("2027-01-01")
    expect(snapshot.due_date).toBe("2027-01-15")
  })

  it("keeps only postal fields of the address and lowercases currency", () => {
    const snapshot = buildInvoiceSnapshot(order, settings, new Date())

    expect(snapshot.currency_code).toBe("eur")
    expect(snapshot.billing_address).toEqual({
      first_name: "Erika",
      city: "Berlin",
      country_code: "de",
    })
    expect(snapshot.shipping_address).toBeNull()
  })

  it("prints product and variant on item lines, and the shipping method", () => {
    const { amounts } = buildInvoiceSnapshot(order, settings, new Date())

    expect(
      amounts.lines.map((l) => [l.line_type, l.title, l.description, l.sku])
    ).toEqual([
      ["item", "T-Shirt", "Large", "TS-L"],
      ["shipping", "Standard", null, null],
    ])
    expect(amounts.total).toBe("53.43")
  })
})
