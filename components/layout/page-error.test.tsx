// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import EnglishPageError from "@/app/(en)/error";
import SpanishPageError from "@/app/es/error";

describe("the error pages (app/(en)/error.tsx, app/es/error.tsx)", () => {
  it("apologizes in a heading, points to the phone and crisis lines, and retries on request", async () => {
    const reset = vi.fn();
    render(<EnglishPageError error={new Error("boom")} reset={reset} />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("this page did not load");
    expect(document.body).toHaveTextContent(/call our admissions team/i);
    expect(document.body).toHaveTextContent(/help lines are at the very top/i);
    expect(document.body).not.toHaveTextContent("boom");
    await userEvent.setup().click(screen.getByRole("button", { name: "Try again" }));
    expect(reset).toHaveBeenCalledOnce();
    expect(screen.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
  });

  it("says the same in Spanish and goes back to the Spanish home page", async () => {
    const reset = vi.fn();
    render(<SpanishPageError error={new Error("boom")} reset={reset} />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("esta página no cargó");
    expect(document.body).toHaveTextContent(/llamar a nuestro equipo de admisiones/);
    await userEvent.setup().click(screen.getByRole("button", { name: "Intentar de nuevo" }));
    expect(reset).toHaveBeenCalledOnce();
    expect(screen.getByRole("link", { name: "Ir a la página principal" })).toHaveAttribute("href", "/es");
  });
});
