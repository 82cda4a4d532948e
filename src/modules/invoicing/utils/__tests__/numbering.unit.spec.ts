import {
  DEFAULT_NUMBER_FORMAT,
  formatDocumentNumber,
  validateNumberFormat,
} from "../numbering"

describe("formatDocumentNumber", () => {
  it("renders the default format", () => {
    expect(formatDocumentNumber(DEFAULT_NUMBER_FORMAT, 2026, 1)).toBe(
      "INV-2026-00001"
    )
    expect(formatDocumentNumber(DEFAULT_NUMBER_FORMAT, 2026, 42)).toBe(
      "INV-2026-00042"
    )
  })

  it("prints sequences wider than the padding in full", () => {
    expect(formatDocumentNumber("R{YY}/{NN}", 2027, 1234)).toBe("R27/1234")
  })

  it("refuses a sequence that is not a positive integer", () => {
    expect(() => formatDocumentNumber(DEFAULT_NUMBER_FORMAT, 2026, 0)).toThrow(
      "positive integer"
    )
  })
})

describe("validateNumberFormat", () => {
  it("accepts formats with one sequence and a year", () => {
    expect(validateNumberFormat(DEFAULT_NUMBER_FORMAT)).toBeNull()
    expect(validateNumberFormat("{YY}{NNNN}")).toBeNull()
  })

  it.each([
    ["INV-{YYYY}", "exactly one sequence token"],
    ["INV-{NNN}-{NNN}-{YYYY}", "exactly one sequence token"],
    ["INV-{NNNNN}", "year token"],
    ["INV-{YYYY}-{MM}-{NNN}", "unknown token {MM}"],
  ])("rejects %s", (format, problem) => {
    expect(validateNumberFormat(format)).toContain(problem)
  })
})
