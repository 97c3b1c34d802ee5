// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { validPageMeta } from "@/tests/support/page-meta-fixture";
import { PageReview } from "./page-review";

const meta = validPageMeta;

describe("PageReview", () => {
  it("gives the review date and who reviewed the page", () => {
    render(<PageReview meta={meta} lang="en" />);
    expect(screen.getByText(/Page last reviewed/)).toHaveTextContent(
      "Page last reviewed: November 20, 2026, by our clinical director.",
    );
    expect(screen.queryByText(/last updated/)).toBeNull();
  });

  it("says when the page changed after its review, so the review does not vouch for new words", () => {
    render(<PageReview meta={{ ...meta, lastUpdated: "2026-12-03" }} lang="en" />);
    expect(screen.getByText(/Page last updated/)).toHaveTextContent(
      "Page last updated: December 3, 2026, since its last review. Page last reviewed: November 20, 2026",
    );
  });

  it("speaks Spanish on a Spanish page, with Spanish dates and English sources marked as such", () => {
    render(<PageReview meta={{ ...meta, reviewer: "directora clínica" }} lang="es" />);
    expect(screen.getByText(/Última revisión/)).toHaveTextContent(
      "Última revisión de la página: 20 de noviembre de 2026, revisada por: directora clínica.",
    );
    expect(screen.getByRole("heading", { name: "Fuentes" })).toBeInTheDocument();
    expect(screen.getAllByText(/\(en inglés\)/).length).toBe(meta.sources.length);
  });
});
