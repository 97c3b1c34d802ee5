// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import PageError from "./error";

describe("app/error.tsx", () => {
  it("apologizes in a heading, points to the phone and crisis lines, and retries on request", async () => {
    const reset = vi.fn();
    render(<PageError error={new Error("boom")} reset={reset} />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("this page did not load");
    expect(document.body).toHaveTextContent(/call our admissions team/i);
    expect(document.body).toHaveTextContent(/help lines are at the very top/i);
    expect(document.body).not.toHaveTextContent("boom");
    await userEvent.setup().click(screen.getByRole("button", { name: "Try again" }));
    expect(reset).toHaveBeenCalledOnce();
    expect(screen.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
  });
});
