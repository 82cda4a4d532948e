import {
  billableLines,
  buildInvoiceSnapshot,
  invoiceBlocker,
  paymentTermsFor,
} from "../snapshot"

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

  it("keeps the order's locale for the document's language", () => {
    expect(
      buildInvoiceSnapshot({ ...order, locale: "de-DE" }, settings, new Date())
        .metadata
    ).toEqual({ locale: "de-DE" })
    expect(buildInvoiceSnapshot(order, settings, new Date()).metadata).toBe(
      null
    )
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

describe("paymentTermsFor", () => {
  const withGroups = (...metadata: (Record<string, unknown> | null)[]) => ({
    customer: { groups: metadata.map((m) => ({ metadata: m })) },
  })

  it("uses the plugin's terms when no group sets any", () => {
    expect(paymentTermsFor({ customer: null }, 14)).toBe(14)
    expect(paymentTermsFor(withGroups(null, { tier: "gold" }), 14)).toBe(14)
  })

  it("takes the longest terms of the customer's groups", () => {
    expect(
      paymentTermsFor(
        withGroups({ payment_terms_days: 30 }, { payment_terms_days: "60" }),
        14
      )
    ).toBe(60)
    expect(paymentTermsFor(withGroups({ payment_terms_days: 0 }), 14)).toBe(0)
  })

  it("ignores terms that are not whole days from 0 to 365", () => {
    expect(
      paymentTermsFor(
        withGroups(
          { payment_terms_days: "soon" },
          { payment_terms_days: 7.5 },
          { payment_terms_days: 400 },
          { payment_terms_days: -1 }
        ),
        14
      )
    ).toBe(14)
  })
})

describe("billableLines", () => {
  const order = (
    detail: Record<string, number> | null,
    status = "pending"
  ) => ({
    id: "order_1",
    status,
    currency_code: "eur",
    items: [
      {
        id: "item_1",
        title: "Shirt",
        quantity: 3,
        unit_price: 10,
        subtotal: 30,
        discount_subtotal: 3,
        detail,
      },
    ],
    shipping_methods: [
      { id: "sm_1", name: "Standard", amount: 5, subtotal: 5 },
    ],
  })

  it("bills what was neither returned nor written off, amounts scaled", () => {
    const [item, shipping] = billableLines(
      order({ return_received_quantity: 1, written_off_quantity: 1 })
    )

    expect(item).toEqual(
      expect.objectContaining({
        quantity: "1",
        subtotal: "10",
        discount_subtotal: "1",
      })
    )
    expect(shipping).toEqual(expect.objectContaining({ id: "sm_1" }))
  })

  it("drops a line returned in full, and bills nothing of a canceled order", () => {
    expect(
      billableLines(order({ return_received_quantity: 3 })).map((l) => l.id)
    ).toEqual(["sm_1"])
    expect(billableLines(order(null, "canceled"))).toEqual([])
  })
})
