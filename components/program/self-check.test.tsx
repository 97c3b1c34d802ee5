// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { selfCheck } from "@/content/self-check";
import { SelfCheck } from "./self-check";

const items = selfCheck.items;
const safetyItem = items.find((i) => i.safety);
const ordinary = items.filter((i) => !i.safety);

describe("SelfCheck", () => {
  it("shows every statement as a checkbox with both meanings, before any interaction", () => {
    render(<SelfCheck lang="en" />);
    const group = screen.getByRole("group", { name: "Check each statement that is true for you" });
    for (const item of items) {
      expect(within(group).getByRole("checkbox", { name: item.statement })).not.toBeChecked();
      expect(group).toHaveTextContent(item.ifTrue);
      expect(group).toHaveTextContent(item.ifNotTrue);
    }
  });

  it("tailors the summary to the boxes checked and moves focus to it", async () => {
    const user = userEvent.setup();
    render(<SelfCheck lang="en" />);
    const [first, second, ...rest] = ordinary;
    if (!safetyItem || !first || !second) throw new Error("self-check needs a safety item and two others");

    await user.click(screen.getByRole("checkbox", { name: safetyItem.statement }));
    await user.click(screen.getByRole("checkbox", { name: first.statement }));
    await user.click(screen.getByRole("button", { name: "Show my summary" }));

    const heading = screen.getByRole("heading", { name: "Your summary" });
    expect(heading).toHaveFocus();
    const summary = screen.getByRole("region", { name: "Your summary" });
    expect(summary).not.toHaveTextContent(/\d+ of \d+/);

    const helps = within(summary).getByRole("heading", { name: "What may help you in IOP" }).nextElementSibling;
    expect(helps).toHaveTextContent(first.ifTrue);
    expect(helps).toHaveTextContent(safetyItem.ifTrue);

    const discuss = within(summary).getByRole("heading", { name: "Things to talk about at your assessment" })
      .nextElementSibling?.nextElementSibling as HTMLElement;
    expect(discuss.previousElementSibling).toHaveTextContent("You did not check these statements.");
    expect(within(discuss).getAllByRole("listitem")).toHaveLength(ordinary.length - 1);
    for (const item of [second, ...rest]) expect(discuss).toHaveTextContent(item.statement);
    expect(discuss).not.toHaveTextContent(first.statement);
    expect(within(summary).queryByRole("heading", { name: /talk to someone about this first/ })).toBeNull();
  });

  it("puts the withdrawal warning first when that box is left unchecked, and keeps in step with changes", async () => {
    const user = userEvent.setup();
    render(<SelfCheck lang="en" />);
    if (!safetyItem) throw new Error("self-check needs a safety item");
    await user.click(screen.getByRole("button", { name: "Show my summary" }));
    const summary = screen.getByRole("region", { name: "Your summary" });
    const warning = within(summary).getByRole("heading", { name: "Please talk to someone about this first" });
    expect(warning.parentElement).toHaveTextContent(safetyItem.ifNotTrue);

    await user.click(screen.getByRole("checkbox", { name: safetyItem.statement }));
    expect(within(summary).queryByRole("heading", { name: "Please talk to someone about this first" })).toBeNull();
    const helps = within(summary).getByRole("heading", { name: "What may help you in IOP" }).nextElementSibling;
    expect(helps).toHaveTextContent(safetyItem.ifTrue);
  });
});
