import { addDays, calendarDateIn, isValidTimeZone, yearOf } from "../dates"

describe("calendarDateIn", () => {
  it("takes the date on the seller's calendar, not UTC's", () => {
    const instant = new Date("2026-12-31T23:30:00Z")

    expect(calendarDateIn(instant, "UTC")).toBe("2026-12-31")
    expect(calendarDateIn(instant, "Europe/Berlin")).toBe("2027-01-01")
    expect(calendarDateIn(instant, "America/New_York")).toBe("2026-12-31")
  })
})

describe("addDays", () => {
  it("crosses month and year ends", () => {
    expect(addDays("2026-12-25", 14)).toBe("2027-01-08")
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01")
  })

  it("handles leap days", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29")
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01")
  })

  it("adds zero days for immediate payment terms", () => {
    expect(addDays("2026-06-15", 0)).toBe("2026-06-15")
  })

  it("refuses malformed dates", () => {
    expect(() => addDays("15.06.2026", 1)).toThrow("YYYY-MM-DD")
  })
})

describe("yearOf and isValidTimeZone", () => {
  it("reads the year and checks zones", () => {
    expect(yearOf("2027-01-08")).toBe(2027)
    expect(isValidTimeZone("Asia/Tokyo")).toBe(true)
    expect(isValidTimeZone("Mars/Olympus")).toBe(false)
  })
})
