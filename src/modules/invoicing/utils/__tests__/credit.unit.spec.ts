import {
  creditableLines,
  creditByAmount,
  creditByQuantity,
  creditEverything,
  CreditAmounts,
  isCreditProblem,
  StoredLine,
} from "../credit"
import { computeInvoiceAmounts } from "../invoice-amounts"

const vat19 = [{ code: "DE19", name: "VAT", rate: "19" }]

/** An invoice of 3 shirts at 10.00 + 19% and shipping 4.99 without tax. */
function invoiceLines(): StoredLine[] {
  const amounts = computeInvoiceAmounts(
    [
      {
        id: "item_1",
        line_type: "item",
        title: "Shirt",
        quantity: 3,
        unit_price: 10,
        subtotal: 30,
        tax_lines: vat19,
      },
      {
        id: "ship_1",
        line_type: "shipping",
        title: "Standard",
        quantity: 1,
        unit_price: "4.99",
        subtotal: "4.99",
        tax_lines: [],
      },
    ],
    "eur"
  )

  return amounts.lines.map(({ position: _position, ...line }, i) => ({
    ...line,
    id: `invl_${i + 1}`,
  }))
}

function amounts(result: ReturnType<typeof creditByQuantity>): CreditAmounts {
  if (isCreditProblem(result)) {
    throw new Error(result.message)
  }

  return result
}

describe("creditByQuantity", () => {
  it("credits whole units at the invoice's prices with a tax row", () => {
    const credit = amounts(
      creditByQuantity(
        invoiceLines(),
        [{ line_id: "invl_1", quantity: 1 }],
        "eur"
      )
    )

    expect(credit.total).toBe("11.90")
    expect(credit.tax_total).toBe("1.90")
    expect(credit.tax_rows).toEqual([
      expect.objectContaining({
        rate: "19",
        taxable_amount: "10.00",
        tax_amount: "1.90",
      }),
    ])
    expect(credit.lines[0]).toEqual(
      expect.objectContaining({ corrects_line_id: "invl_1", quantity: "1" })
    )
  })

  it("takes exactly what remains with the last unit, so credits never drift", () => {
    const lines = invoiceLines()
    const taken: StoredLine[] = []
    for (let i = 0; i < 3; i++) {
      const credit = amounts(
        creditByQuantity(
          creditableLines(lines, taken),
          [{ line_id: "invl_1", quantity: 1 }],
          "eur"
        )
      )
      taken.push({ ...credit.lines[0], id: `cnl_${i}` })
    }

    const total = taken.reduce((sum, l) => sum + Number(l.total) * 100, 0)
    expect(total).toBe(3570)
    expect(creditableLines(lines, taken)[0].quantity).toBe("0")
  })

  it("refuses more than the quantity not yet credited, naming the line", () => {
    const result = creditByQuantity(
      invoiceLines(),
      [{ line_id: "invl_1", quantity: 4 }],
      "eur"
    )

    expect(result).toEqual({
      field: "lines[0].quantity",
      message: expect.stringContaining("at most 3"),
    })
  })

  it("refuses an unknown or repeated line and a quantity of 0", () => {
    const lines = invoiceLines()
    expect(
      creditByQuantity(lines, [{ line_id: "nope", quantity: 1 }], "eur")
    ).toEqual(expect.objectContaining({ field: "lines[0].line_id" }))
    expect(
      creditByQuantity(
        lines,
        [
          { line_id: "invl_1", quantity: 1 },
          { line_id: "invl_1", quantity: 1 },
        ],
        "eur"
      )
    ).toEqual(expect.objectContaining({ field: "lines[1].line_id" }))
    expect(
      creditByQuantity(lines, [{ line_id: "invl_1", quantity: 0 }], "eur")
    ).toEqual(expect.objectContaining({ field: "lines[0].quantity" }))
  })
})

describe("creditByAmount", () => {
  it("spreads an amount over the lines and splits each share at its rate", () => {
    const credit = amounts(creditByAmount(invoiceLines(), "10.00", "eur"))

    expect(credit.total).toBe("10.00")
    const sumOfLines = credit.lines.reduce(
      (sum, l) => sum + Math.round(Number(l.total) * 100),
      0
    )
    expect(sumOfLines).toBe(1000)
    const taxOfRows = credit.tax_rows.reduce(
      (sum, r) => sum + Math.round(Number(r.tax_amount) * 100),
      0
    )
    expect(taxOfRows).toBe(Math.round(Number(credit.tax_total) * 100))
    expect(credit.lines.every((l) => l.quantity === "0")).toBe(true)
  })

  it("refuses more than what is left to credit", () => {
    expect(creditByAmount(invoiceLines(), "40.70", "eur")).toEqual({
      field: "amount",
      message: expect.stringContaining("at most 40.69"),
    })
    expect(creditByAmount(invoiceLines(), "0", "eur")).toEqual(
      expect.objectContaining({ field: "amount" })
    )
  })
})

describe("creditEverything", () => {
  it("credits exactly what remains after earlier credits", () => {
    const lines = invoiceLines()
    const first = amounts(creditByAmount(lines, "5.55", "eur"))
    const taken = first.lines.map((l, i) => ({ ...l, id: `cnl_${i}` }))
    const rest = creditEverything(creditableLines(lines, taken), "eur")

    expect(rest.total).toBe("35.14")
    expect(rest.lines.map((l) => l.quantity)).toEqual(["3", "1"])
  })
})

describe("creditByAmount decimals", () => {
  it("refuses more decimals than the currency has", () => {
    expect(creditByAmount(invoiceLines(), "1.234", "eur")).toEqual({
      field: "amount",
      message: expect.stringContaining("more decimals than EUR allows (2)"),
    })
  })
})

describe("creditByAmount tax", () => {
  it("gives even a small credit its tax at the line's rate", () => {
    const credit = amounts(
      creditByAmount(
        invoiceLines().filter((l) => l.line_type === "item"),
        "0.12",
        "eur"
      )
    )

    expect(credit.tax_total).toBe("0.02")
    expect(credit.tax_rows[0]).toEqual(
      expect.objectContaining({ taxable_amount: "0.10", tax_amount: "0.02" })
    )
  })
})
