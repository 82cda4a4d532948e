import { deriveBalance } from "../balance"

describe("deriveBalance", () => {
  it("C-04: a 9.99 capture settles the invoice of an order of 9.9946", () => {
    const state = deriveBalance(
      "9.99",
      [{ kind: "payment", amount: "9.99" }],
      0,
      "eur"
    )

    expect(state).toEqual({
      amount_paid: "9.99",
      amount_refunded: "0",
      amount_credited: "0",
      balance: "0",
      payment_status: "paid",
    })
  })

  it("treats less than one minor unit either way as settled", () => {
    const of = (amount: string) =>
      deriveBalance("115.64", [{ kind: "payment", amount }], 0, "eur")

    expect(of("115.6489")).toEqual(
      expect.objectContaining({ balance: "0", payment_status: "paid" })
    )
    expect(of("115.6489").amount_paid).toBe("115.65")
    expect(of("115.6351").payment_status).toBe("paid")
    expect(of("115.65").payment_status).toBe("overpaid")
    expect(of("115.63").payment_status).toBe("partially_paid")
    expect(of("115.63").balance).toBe("0.01")
  })

  it("C-03: a payment of 34.12 settles the USD invoice of 34.12", () => {
    expect(
      deriveBalance("34.12", [{ kind: "payment", amount: 34.12 }], 0, "usd")
        .payment_status
    ).toBe("paid")
  })

  it("C-05: a payment of 999 settles a JPY invoice of 999", () => {
    const state = deriveBalance(
      999,
      [{ kind: "payment", amount: 999 }],
      0,
      "jpy"
    )

    expect(state.balance).toBe("0")
    expect(state.payment_status).toBe("paid")
  })

  it("C-08: two refunds on one payment are both counted", () => {
    const state = deriveBalance(
      "60.00",
      [
        { kind: "payment", amount: "60.00" },
        { kind: "refund", amount: "-20.00" },
        { kind: "refund", amount: "-20.00" },
      ],
      0,
      "eur"
    )

    expect(state.amount_paid).toBe("60")
    expect(state.amount_refunded).toBe("40")
    expect(state.balance).toBe("40")
    expect(state.payment_status).toBe("partially_paid")
  })

  it("tells unpaid, partially paid and overpaid apart", () => {
    const of = (amounts: string[]) =>
      deriveBalance(
        "50.00",
        amounts.map((amount) => ({ kind: "payment" as const, amount })),
        0,
        "eur"
      ).payment_status

    expect(of([])).toBe("unpaid")
    expect(of(["20.00"])).toBe("partially_paid")
    expect(of(["20.00", "30.00"])).toBe("paid")
    expect(of(["20.00", "30.01"])).toBe("overpaid")
  })

  it("undoes a reversed payment and subtracts credits from what is owed", () => {
    const state = deriveBalance(
      "50.00",
      [
        { kind: "payment", amount: "30.00" },
        { kind: "reversal", amount: "-30.00" },
        { kind: "payment", amount: "10.00" },
      ],
      "40.00",
      "eur"
    )

    expect(state.amount_paid).toBe("10")
    expect(state.balance).toBe("0")
    expect(state.payment_status).toBe("paid")
  })
})

describe("deriveBalance with reversed refunds", () => {
  it("takes a reversed refund off the refunds, not onto the payments", () => {
    const state = deriveBalance(
      "100.79",
      [
        { kind: "payment", amount: "100.793" },
        { kind: "refund", amount: "-30" },
        { kind: "reversal", amount: "30", reverses_kind: "refund" },
      ],
      "0",
      "eur"
    )

    expect(state).toEqual(
      expect.objectContaining({
        amount_paid: "100.79",
        amount_refunded: "0",
        payment_status: "paid",
      })
    )
  })
})
