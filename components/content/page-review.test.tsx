// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { validPageMeta } from "@/tests/support/page-meta-fixture";
import { PageReview } from "./page-review";

const meta = validPageMeta;

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
