import BigNumber from "bignumber.js"
import {
  allocate,
  currencyDecimals,
  formatAmount,
  roundToMinorUnit,
} from "../money"

describe("currencyDecimals", () => {
  it.each([
    ["eur", 2],
    ["USD", 2],
    ["jpy", 0],
    ["krw", 0],
    ["kwd", 3],
    ["bhd", 3],
  ])("gives %s %i decimals", (code, decimals) => {
    expect(currencyDecimals(code)).toBe(decimals)
  })
})

describe("roundToMinorUnit", () => {
  it("rounds half away from zero to the minor unit", () => {
    expect(roundToMinorUnit("2.685", "eur").toString()).toBe("2.69")
    expect(roundToMinorUnit("-2.685", "eur").toString()).toBe("-2.69")
    expect(roundToMinorUnit("2.684999", "eur").toString()).toBe("2.68")
    expect(roundToMinorUnit("2.686425", "usd").toString()).toBe("2.69")
  })

  it("rounds zero-decimal and three-decimal currencies", () => {
    expect(roundToMinorUnit("998.5", "jpy").toString()).toBe("999")
    expect(roundToMinorUnit("1.2345", "kwd").toString()).toBe("1.235")
  })

  it("reads Medusa's raw values and numbers exactly", () => {
    expect(roundToMinorUnit({ value: "9.9946" }, "eur").toString()).toBe("9.99")
    expect(roundToMinorUnit(0.1 + 0.2, "eur").toString()).toBe("0.3")
  })
})

describe("formatAmount", () => {
  it("prints exactly the currency's decimals", () => {
    expect(formatAmount(999, "jpy")).toBe("999")
    expect(formatAmount(34.1, "usd")).toBe("34.10")
    expect(formatAmount("1.5", "kwd")).toBe("1.500")
  })
})

describe("allocate", () => {
  const d = (values: string[]) => values.map((v) => new BigNumber(v))

  it("spreads a rounded total so the shares add up exactly", () => {
    const shares = allocate(
      new BigNumber("0.03"),
      d(["0.0133", "0.0133", "0.0134"]),
      "eur"
    )

    expect(shares.map(String)).toEqual(["0.01", "0.01", "0.01"])
  })

  it("gives the missing unit to the largest remainder", () => {
    const shares = allocate(
      new BigNumber("0.10"),
      d(["0.033", "0.033", "0.034"]),
      "eur"
    )

    expect(shares.map(String)).toEqual(["0.03", "0.03", "0.04"])
  })

  it("keeps whole shares untouched", () => {
    const shares = allocate(new BigNumber("5"), d(["2", "3"]), "jpy")

    expect(shares.map(String)).toEqual(["2", "3"])
  })
})
