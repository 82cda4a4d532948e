import { checkLedgerEntry } from "../ledger-rules"

const invoice = {
  id: "inv_1",
  status: "issued",
  currency_code: "eur",
  balance: "50.00",
}
const payment = { kind: "payment", amount: "20.00", source: "manual" }

describe("checkLedgerEntry", () => {
  it("accepts a manual payment within the balance", () => {
    expect(checkLedgerEntry(invoice, payment)).toBeNull()
  })

  it.each([
    [{ amount: "0" }, "amount must be greater than 0, got 0."],
    [{ amount: "-5" }, "amount must be greater than 0, got -5."],
    [
      { amount: "10.001" },
      "amount 10.001 has more decimals than EUR allows (2).",
    ],
    [
      { occurred_at: new Date(Date.now() + 86_400_000) },
      "occurred_at must not be in the future.",
    ],
  ])("refuses bad input %j", (change, message) => {
    expect(checkLedgerEntry(invoice, { ...payment, ...change })).toEqual({
      kind: "invalid",
      message,
    })
  })

  it("refuses an overpayment unless it is allowed", () => {
    const over = { ...payment, amount: "50.01" }

    expect(checkLedgerEntry(invoice, over)?.kind).toBe("not_allowed")
    expect(
      checkLedgerEntry(invoice, { ...over, allow_overpayment: true })
    ).toBeNull()
  })

  it("accepts Medusa's unrounded amounts (rounded once when recorded)", () => {
    const capture = { ...payment, source: "medusa", amount: "34.116425" }

    expect(checkLedgerEntry(invoice, capture)).toBeNull()
  })

  it("records nothing on a void invoice", () => {
    expect(
      checkLedgerEntry({ ...invoice, status: "void" }, payment)?.message
    ).toBe("Invoice inv_1 is void; nothing can be recorded on it.")
  })

  it("reverses only an unreversed payment or refund of the same invoice", () => {
    const reversal = { ...payment, kind: "reversal" }
    const entry = { id: "invpay_1", invoice_id: "inv_1", kind: "payment" }

    expect(checkLedgerEntry(invoice, reversal, entry)).toBeNull()
    expect(checkLedgerEntry(invoice, reversal, null)?.message).toBe(
      "The entry to reverse was not found on invoice inv_1."
    )
    expect(
      checkLedgerEntry(invoice, reversal, { ...entry, invoice_id: "inv_2" })
        ?.kind
    ).toBe("invalid")
    expect(
      checkLedgerEntry(invoice, reversal, {
        ...entry,
        reversed_by: "invpay_2",
      })?.message
    ).toBe("Entry invpay_1 was already reversed by invpay_2.")
    expect(
      checkLedgerEntry(invoice, reversal, { ...entry, kind: "reversal" })
        ?.message
    ).toBe("Entry invpay_1 is itself a reversal and cannot be reversed.")
  })
})

describe("checkLedgerEntry for refunds, reversals and transfers", () => {
  const received = { ...invoice, amount_paid: "40.00", amount_refunded: "10" }

  it("refunds by hand at most the money received", () => {
    const refund = { kind: "refund", source: "manual" }
    expect(checkLedgerEntry(received, { ...refund, amount: "30" })).toBeNull()
    expect(
      checkLedgerEntry(received, { ...refund, amount: "30.01" })?.message
    ).toContain("exceeds the 30.00 received")
  })

  it("reverses a Medusa capture held with more decimals than the currency", () => {
    expect(
      checkLedgerEntry(
        invoice,
        { kind: "reversal", amount: "100.793", source: "manual" },
        { id: "invpay_1", invoice_id: "inv_1", kind: "payment" }
      )
    ).toBeNull()
  })

  it("never reverses a transfer", () => {
    expect(
      checkLedgerEntry(
        invoice,
        { kind: "reversal", amount: "5", source: "manual" },
        { id: "invpay_1", invoice_id: "inv_1", kind: "transfer" }
      )?.kind
    ).toBe("not_allowed")
  })

  it("checks the size of a transfer, whichever its sign", () => {
    expect(
      checkLedgerEntry(invoice, {
        kind: "transfer",
        amount: "-5.00",
        source: "manual",
      })
    ).toBeNull()
  })
})
