// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SmartLink } from "./smart-link";

describe("SmartLink", () => {
  it("keeps a phone number on one line, for calling and for texting", () => {
    render(
      <p>
        <SmartLink href="tel:+18006624357">1-800-662-4357</SmartLink>
        <SmartLink href="sms:988" className="font-bold">
          988
        </SmartLink>
      </p>,
    );
    expect(screen.getByRole("link", { name: "1-800-662-4357" })).toHaveClass("whitespace-nowrap");
    expect(screen.getByRole("link", { name: "988" })).toHaveClass("whitespace-nowrap", "font-bold");
  });

  it("leaves other links to wrap, and sends no referrer to other sites", () => {
    render(<SmartLink href="https://www.samhsa.gov/">SAMHSA</SmartLink>);
    const link = screen.getByRole("link", { name: "SAMHSA" });
    expect(link).not.toHaveClass("whitespace-nowrap");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
  });
});
