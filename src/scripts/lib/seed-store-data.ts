/**
 * What the demo store and the integration tests sell, where, and at which
 * prices. Amounts are major-unit decimals, as Medusa stores them: 20 is
 * 20.00 EUR, 333 is 333 JPY.
 */

export const DEMO_CURRENCIES = [
  { currency_code: "eur", is_default: true },
  { currency_code: "usd" },
  { currency_code: "jpy" },
]

export const DEMO_SALES_CHANNEL = "Demo Sales Channel"
export const DEMO_PUBLISHABLE_KEY = "Demo Storefront"
export const DEMO_STOCK_LOCATION = "Demo Warehouse"
export const DEMO_FULFILLMENT_SET = "Demo Warehouse delivery"
export const DEMO_SERVICE_ZONE = "Demo delivery zone"
export const DEMO_SHIPPING_OPTION = "Standard Shipping"
export const DEFAULT_SHIPPING_PROFILE = "Default Shipping Profile"
export const PAYMENT_PROVIDER = "pp_system_default"
export const FULFILLMENT_PROVIDER = "manual_manual"
export const TAX_PROVIDER = "tp_system"
export const STOCKED_QUANTITY = 1_000_000

export type RegionKey = "eur" | "usd" | "jpy"

export const DEMO_REGIONS: {
  key: RegionKey
  name: string
  currency_code: string
  countries: string[]
}[] = [
  { key: "eur", name: "Europe", currency_code: "eur", countries: ["de", "fr"] },
  {
    key: "usd",
    name: "United States",
    currency_code: "usd",
    countries: ["us"],
  },
  { key: "jpy", name: "Japan", currency_code: "jpy", countries: ["jp"] },
]

export const DEMO_COUNTRIES = ["de", "fr", "us", "jp"]

export const DEMO_TAX_REGIONS = [
  { country_code: "de", rate: 19, code: "DE-VAT19", name: "VAT 19%" },
  { country_code: "fr", rate: 20, code: "FR-VAT20", name: "VAT 20%" },
  { country_code: "us", rate: 10.75, code: "US-10.75", name: "Sales tax" },
  { country_code: "jp", rate: 0, code: "JP-0", name: "No tax" },
]

/**
 * US shipping is untaxed: a 0 % rate whose rule names the shipping option.
 * The tax module ranks a rate matching `shipping_option` above the region's
 * default rate.
 */
export const US_SHIPPING_TAX_RATE = {
  country_code: "us",
  rate: 0,
  code: "US-SHIPPING-0",
  name: "Shipping (untaxed)",
}

export const DEMO_SHIPPING_PRICES = [
  { currency_code: "eur", amount: 4.9 },
  { currency_code: "usd", amount: 6.44 },
  { currency_code: "jpy", amount: 0 },
]

export type VariantKey = "tshirt" | "tote" | "mug"

export const DEMO_PRODUCTS: {
  key: VariantKey
  title: string
  handle: string
  sku: string
  prices: { currency_code: string; amount: number }[]
}[] = [
  {
    key: "tshirt",
    title: "Organic Cotton T-Shirt",
    handle: "organic-cotton-t-shirt",
    sku: "DEMO-TSHIRT",
    prices: [
      { currency_code: "eur", amount: 20 },
      { currency_code: "usd", amount: 24.99 },
      { currency_code: "jpy", amount: 333 },
    ],
  },
  {
    key: "tote",
    title: "Canvas Tote Bag",
    handle: "canvas-tote-bag",
    sku: "DEMO-TOTE",
    prices: [
      { currency_code: "eur", amount: 12.5 },
      { currency_code: "usd", amount: 14 },
      { currency_code: "jpy", amount: 1500 },
    ],
  },
  {
    key: "mug",
    title: "Ceramic Mug",
    handle: "ceramic-mug",
    sku: "DEMO-MUG",
    prices: [
      { currency_code: "eur", amount: 9.9 },
      { currency_code: "usd", amount: 11.5 },
      { currency_code: "jpy", amount: 1200 },
    ],
  },
]
