import {
  deriveDisplayStatus,
  orderBillingStatus,
  OrderInvoiceState,
} from "../status"

describe("deriveDisplayStatus", () => {
  const invoice = {
    status: "issued" as const,
    payment_status: "unpaid" as const,
    due_date: "2026-12-18",
  }

  it("shows an issued, unpaid invoice as invoiced until its due date", () => {
    expect(deriveDisplayStatus(invoice, "2026-12-18")).toBe("invoiced")
  })

  it("shows it as overdue from the day after the due date", () => {
    expect(deriveDisplayStatus(invoice, "2026-12-19")).toBe("overdue")
  })

  it("lets paid, void and credited win over the due date", () => {
    const late = "2027-03-01"

    expect(
      deriveDisplayStatus({ ...invoice, payment_status: "paid" }, late)
    ).toBe("paid")
    expect(deriveDisplayStatus({ ...invoice, status: "void" }, late)).toBe(
      "void"
    )
    expect(deriveDisplayStatus({ ...invoice, status: "credited" }, late)).toBe(
      "credited"
    )
  })

  it("shows partial payments until the due date", () => {
    const partial = { ...invoice, payment_status: "partially_paid" as const }

    expect(deriveDisplayStatus(partial, "2026-12-01")).toBe("partially_paid")
  })
})

describe("orderBillingStatus", () => {
  const invoice = (over: Partial<OrderInvoiceState>): OrderInvoiceState => ({
    kind: "invoice",
    status: "issued",
    display_status: "invoiced",
    currency_code: "eur",
    total: "100",
    amount_paid: "0",
    amount_refunded: "0",
    amount_credited: "0",
    balance: "100",
    ...over,
  })

  it("is not_invoiced without invoices", () => {
    expect(orderBillingStatus([]).display_status).toBe("not_invoiced")
  })

  it("takes a paid invoice and a new one for added value together (C-09)", () => {
    const billing = orderBillingStatus([
      invoice({ display_status: "paid", amount_paid: "100", balance: "0" }),
      invoice({ total: "20", balance: "20" }),
    ])

    expect(billing).toEqual({
      display_status: "partially_paid",
      currency_code: "eur",
      total: "120.00",
      amount_credited: "0.00",
      amount_received: "100.00",
      balance: "20.00",
      refund_due: "0.00",
    })
  })

  it("is credited when every live invoice is, and void when all are void", () => {
    expect(
      orderBillingStatus([
        invoice({ status: "void" }),
        invoice({ status: "credited", balance: "0", amount_credited: "100" }),
      ]).display_status
    ).toBe("credited")
    expect(
      orderBillingStatus([invoice({ status: "void" })]).display_status
    ).toBe("void")
  })

  it("is overdue when an invoice is overdue and money is owed", () => {
    expect(
      orderBillingStatus([
        invoice({ display_status: "overdue" }),
        invoice({ display_status: "paid", balance: "0", amount_paid: "100" }),
      ]).display_status
    ).toBe("overdue")
  })

  it("ignores credit notes themselves", () => {
    expect(
      orderBillingStatus([
        invoice({ display_status: "paid", balance: "0", amount_paid: "100" }),
        invoice({ kind: "credit_note", total: "10", balance: "0" }),
      ]).total
    ).toBe("100.00")
  })
})

describe("orderBillingStatus netting", () => {
  it("counts a surplus on one invoice against another of the order", () => {
    const billing = orderBillingStatus([
      {
        kind: "invoice",
        status: "issued",
        display_status: "paid",
        currency_code: "eur",
        total: "100",
        amount_paid: "100",
        amount_refunded: "0",
        amount_credited: "20",
        balance: "0",
      },
      {
        kind: "invoice",
        status: "issued",
        display_status: "invoiced",
        currency_code: "eur",
        total: "20",
        amount_paid: "0",
        amount_refunded: "0",
        amount_credited: "0",
        balance: "20",
      },
    ])

    expect(billing).toEqual(
      expect.objectContaining({ display_status: "paid", balance: "0.00" })
    )
  })
})

describe("orderBillingStatus refund_due", () => {
  it("shows money received on a credited order as owed back", () => {
    const billing = orderBillingStatus([
      {
        kind: "invoice",
        status: "credited",
        display_status: "credited",
        currency_code: "eur",
        total: "100.79",
        amount_paid: "40",
        amount_refunded: "0",
        amount_credited: "100.79",
        balance: "0",
      },
    ])

    expect(billing).toEqual(
      expect.objectContaining({
        display_status: "credited",
        balance: "0.00",
        refund_due: "40.00",
      })
    )
  })
})
