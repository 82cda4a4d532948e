import type { StoredLine } from "../credit"
import type { SourceLine } from "../invoice-amounts"
import {
  OrderDocument,
  planOrderCorrection,
  planSurplusTransfers,
} from "../correction"

const source = (id: string, quantity: number, price = 10): SourceLine => ({
  id,
  line_type: "item",
  title: id,
  quantity,
  unit_price: price,
  subtotal: quantity * price,
  tax_lines: [],
})

const stored = (
  id: string,
  sourceId: string,
  quantity: number,
  price = 10,
  correctsLineId: string | null = null
): StoredLine => ({
  id,
  line_type: "item",
  source_id: sourceId,
  corrects_line_id: correctsLineId,
  title: sourceId,
  description: null,
  sku: null,
  variant_id: null,
  product_id: null,
  quantity: String(quantity),
  unit_price: String(price),
  is_tax_inclusive: false,
  subtotal: (quantity * price).toFixed(2),
  discount_total: "0.00",
  tax_total: "0.00",
  total: (quantity * price).toFixed(2),
  tax_rate: "0",
  tax_lines: [],
})

const invoice = (
  id: string,
  lines: StoredLine[],
  issuedAt = "2026-12-01T10:00:00Z"
): OrderDocument => ({
  id,
  kind: "invoice",
  status: "issued",
  issued_at: issuedAt,
  lines,
})

describe("planOrderCorrection", () => {
  it("plans nothing while the order matches its invoice", () => {
    const plan = planOrderCorrection(
      [source("item_a", 2)],
      [invoice("inv_1", [stored("l1", "item_a", 2)])]
    )

    expect(plan).toEqual({ bill: [], credits: [] })
  })

  it("bills an added item on a new invoice, leaving the issued one alone (C-09)", () => {
    const plan = planOrderCorrection(
      [source("item_a", 1, 100), source("item_b", 1, 20)],
      [invoice("inv_1", [stored("l1", "item_a", 1, 100)])]
    )

    expect(plan.credits).toEqual([])
    expect(plan.bill).toEqual([
      expect.objectContaining({ id: "item_b", quantity: "1", subtotal: "20" }),
    ])
  })

  it("bills only the added units of a line, at the order's price", () => {
    const plan = planOrderCorrection(
      [source("item_a", 3)],
      [invoice("inv_1", [stored("l1", "item_a", 2)])]
    )

    expect(plan.bill).toEqual([
      expect.objectContaining({ quantity: "1", subtotal: "10" }),
    ])
  })

  it("credits removed units from the newest invoice that billed them first", () => {
    const plan = planOrderCorrection(
      [source("item_a", 1)],
      [
        invoice("inv_1", [stored("l1", "item_a", 2)]),
        invoice("inv_2", [stored("l2", "item_a", 1)], "2026-12-02T10:00:00Z"),
      ]
    )

    expect(plan.bill).toEqual([])
    expect(plan.credits).toEqual([
      { invoice_id: "inv_2", lines: [{ line_id: "l2", quantity: "1" }] },
      { invoice_id: "inv_1", lines: [{ line_id: "l1", quantity: "1" }] },
    ])
  })

  it("credits everything for a canceled order, and nothing twice", () => {
    const documents = [invoice("inv_1", [stored("l1", "item_a", 2)])]
    expect(planOrderCorrection([], documents).credits).toEqual([
      { invoice_id: "inv_1", lines: [{ line_id: "l1", quantity: "2" }] },
    ])

    documents.push({
      id: "cn_1",
      kind: "credit_note",
      status: "issued",
      corrects_invoice_id: "inv_1",
      issued_at: "2026-12-02T10:00:00Z",
      lines: [stored("c1", "item_a", 2, 10, "l1")],
    })
    expect(planOrderCorrection([], documents)).toEqual({
      bill: [],
      credits: [],
    })
  })

  it("ignores void documents", () => {
    const plan = planOrderCorrection(
      [source("item_a", 1)],
      [{ ...invoice("inv_1", [stored("l1", "item_a", 1)]), status: "void" }]
    )

    expect(plan.bill).toHaveLength(1)
  })
})

describe("planSurplusTransfers", () => {
  const open = (id: string, value: string) => ({
    id,
    number: id.toUpperCase(),
    currency_code: "eur",
    open: value,
  })

  it("moves a surplus to the invoices that still ask, oldest first", () => {
    expect(
      planSurplusTransfers([
        open("inv_1", "-25"),
        open("inv_2", "20"),
        open("inv_3", "10"),
      ])
    ).toEqual([
      expect.objectContaining({
        from_id: "inv_1",
        to_id: "inv_2",
        amount: "20.00",
      }),
      expect.objectContaining({
        from_id: "inv_1",
        to_id: "inv_3",
        amount: "5.00",
      }),
    ])
  })

  it("moves nothing below one minor unit or without a need", () => {
    expect(
      planSurplusTransfers([open("inv_1", "-0.004"), open("inv_2", "5")])
    ).toEqual([])
    expect(
      planSurplusTransfers([open("inv_1", "-5"), open("inv_2", "0")])
    ).toEqual([])
  })
})

describe("planOrderCorrection with manual credit notes and settled invoices", () => {
  const manualCredit = (lines: StoredLine[]): OrderDocument => ({
    id: "cn_manual",
    kind: "credit_note",
    status: "issued",
    origin: "manual",
    corrects_invoice_id: "inv_1",
    issued_at: "2026-12-02T10:00:00Z",
    lines,
  })

  it("never bills again the units a manual credit note took", () => {
    const plan = planOrderCorrection(
      [source("item_a", 2), source("item_b", 1)],
      [
        invoice("inv_1", [stored("l1", "item_a", 2)]),
        manualCredit([stored("c1", "item_a", 1, 10, "l1")]),
      ]
    )

    expect(plan.bill).toEqual([
      expect.objectContaining({ id: "item_b", quantity: "1" }),
    ])
  })

  it("credits no more than a manual credit note left", () => {
    const plan = planOrderCorrection(
      [],
      [
        invoice("inv_1", [stored("l1", "item_a", 2)]),
        manualCredit([stored("c1", "item_a", 1, 10, "l1")]),
      ]
    )

    expect(plan.credits).toEqual([
      { invoice_id: "inv_1", lines: [{ line_id: "l1", quantity: "1" }] },
    ])
  })

  it("credits nothing from a credited invoice or a line of no value", () => {
    expect(
      planOrderCorrection(
        [],
        [
          {
            ...invoice("inv_1", [stored("l1", "item_a", 2)]),
            status: "credited",
          },
        ]
      )
    ).toEqual({ bill: [], credits: [] })
    expect(
      planOrderCorrection([], [invoice("inv_1", [stored("l1", "ship", 1, 0)])])
    ).toEqual({ bill: [], credits: [] })
  })
})
