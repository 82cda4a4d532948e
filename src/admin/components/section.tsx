import { Container, Heading } from "@medusajs/ui"
import type { ReactNode } from "react"

type SectionProps = { title: string; actions?: ReactNode; children: ReactNode }

/** A titled card of a detail page. */
export const Section = ({ title, actions, children }: SectionProps) => (
  <Container className="divide-y p-0">
    <div className="flex items-center justify-between px-6 py-4">
      <Heading level="h2">{title}</Heading>
      {actions}
    </div>
    <div className="px-6 py-4">{children}</div>
  </Container>
)
