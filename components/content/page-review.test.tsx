// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { PageMeta } from "@/lib/content/schemas";
import { PageReview } from "./page-review";

const meta: PageMeta = {
  title: "What is IOP?",
  description: "A plain-language guide to intensive outpatient treatment and who it suits.",
  navLabel: "What is IOP?",
  lastReviewed: "2026-11-20",
  reviewer: "clinical director",
  sources: ["program-policy"],
  nextStep: { href: "/admissions", label: "Request a call", text: "Ask us to call you." },
};

describe("PageReview", () => {
  it("gives the review date and who reviewed the page", () => {
    render(<PageReview meta={meta} />);
    expect(screen.getByText(/Page last reviewed/)).toHaveTextContent(
      "Page last reviewed: November 20, 2026, by our clinical director.",
    );
    expect(screen.queryByText(/last updated/)).toBeNull();
  });

  it("says when the page changed after its review, so the review does not vouch for new words", () => {
    render(<PageReview meta={{ ...meta, lastUpdated: "2026-12-03" }} />);
    expect(screen.getByText(/Page last updated/)).toHaveTextContent(
      "Page last updated: December 3, 2026, since its last review. Page last reviewed: November 20, 2026",
    );
  });
});
