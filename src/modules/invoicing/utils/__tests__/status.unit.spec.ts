import { deriveDisplayStatus } from "../status"

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
