// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { callbackCopy, confirmationWords } from "@/lib/callback/copy";
import { Confirmation } from "./confirmation";
import { ErrorSummary } from "./error-summary";
import { CheckboxField, RadioGroup, TextField } from "./field";

describe("ErrorSummary", () => {
  beforeAll(() => {
    // jsdom has no layout, so no scrollIntoView; browsers do.
    Element.prototype.scrollIntoView = () => {};
  });

  it("renders nothing without problems", () => {
    const { container } = render(<ErrorSummary items={[]} title="There is a problem" />);
    expect(container).toBeEmptyDOMElement();
  });

  it("titles the list 'There is a problem' and links each message to its field", async () => {
    render(
      <>
        <ErrorSummary
          items={[{ message: "Too many requests" }, { field: "phone", message: "Enter your phone number" }]}
          title="There is a problem"
        />
        <TextField name="phone" label="Phone number" error="Enter your phone number" />
      </>,
    );
    const summary = screen.getByRole("alert", { name: "There is a problem" });
    expect(summary).toHaveAttribute("tabindex", "-1");
    expect(summary).toHaveTextContent("Too many requests");
    const link = screen.getByRole("link", { name: "Enter your phone number" });
    expect(link).toHaveAttribute("href", "#callback-phone");
    await userEvent.click(link);
    expect(screen.getByRole("textbox", { name: "Phone number" })).toHaveFocus();
  });

  it("takes focus on load only in the server's HTML, after a post without JavaScript", () => {
    const items = [{ field: "phone", message: "Enter your phone number" }];
    expect(renderToString(<ErrorSummary items={items} title="There is a problem" />)).toContain('autofocus=""');
    render(<ErrorSummary items={items} title="There is a problem" />);
    expect(screen.getByRole("alert")).not.toHaveFocus();
  });
});

describe("fields", () => {
  it("ties the hint and the error to the input and marks it invalid", () => {
    render(<TextField name="name" label="Your name" hint="The name we use" error="Enter your name" />);
    const input = screen.getByRole("textbox", { name: "Your name" });
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription("The name we use Error: Enter your name");
  });

  it("leaves a valid input unmarked", () => {
    render(<TextField name="name" label="Your name" />);
    expect(screen.getByRole("textbox", { name: "Your name" })).not.toHaveAttribute("aria-invalid");
  });

  it("groups radios in a fieldset whose legend names them, first radio carrying the field id", () => {
    render(
      <RadioGroup
        name="forWhom"
        label="Who is the call about?"
        error="Select who the call is about"
        options={[
          { value: "self", label: "Me" },
          { value: "loved-one", label: "Someone I care about" },
        ]}
        checked="loved-one"
      />,
    );
    const group = screen.getByRole("group", { name: "Who is the call about?" });
    expect(group).toHaveAttribute("aria-invalid", "true");
    expect(group).toHaveAccessibleDescription("Error: Select who the call is about");
    expect(screen.getByRole("radio", { name: "Me" })).toHaveAttribute("id", "callback-forWhom");
    expect(screen.getByRole("radio", { name: "Someone I care about" })).toBeChecked();
  });

  it("describes the consent checkbox with its hint", () => {
    render(<CheckboxField name="consent" label="I agree" hint="This does not start treatment." value="yes" />);
    expect(screen.getByRole("checkbox", { name: "I agree" })).toHaveAccessibleDescription(
      "This does not start treatment.",
    );
  });
});

describe("Confirmation", () => {
  it("shows the reference after the word reference, when we will call, and the details it is given", () => {
    render(
      <Confirmation
        reference="K7M4QX2P"
        whenWeCall="We will call on Monday."
        details={<p>Next steps</p>}
        words={confirmationWords.en}
      />,
    );
    expect(screen.getByRole("heading", { name: "Request received" })).toBeInTheDocument();
    expect(screen.getByText(/Your reference is/)).toHaveTextContent("Your reference is K7M4QX2P");
    expect(screen.getByRole("heading", { name: "What happens next" })).toBeInTheDocument();
    expect(screen.getByText("We will call on Monday.")).toBeInTheDocument();
    expect(screen.getByText("Next steps")).toBeInTheDocument();
  });

  it("takes focus on load only in the server's HTML", () => {
    expect(
      renderToString(<Confirmation reference="K7M4QX2P" whenWeCall="" details={null} words={confirmationWords.en} />),
    ).toContain('autofocus=""');
    render(<Confirmation reference="K7M4QX2P" whenWeCall="" details={null} words={confirmationWords.en} />);
    expect(screen.getByRole("heading", { name: "Request received" })).not.toHaveFocus();
  });
});

describe("in Spanish", () => {
  beforeAll(() => {
    Element.prototype.scrollIntoView = () => {};
  });

  it("titles the summary 'Hay un problema'", () => {
    render(<ErrorSummary items={[{ field: "name", message: "Escriba su nombre" }]} title={callbackCopy.es.problem} />);
    expect(screen.getByRole("alert", { name: "Hay un problema" })).toHaveTextContent("Escriba su nombre");
  });

  it("confirms with the reference and what happens next in Spanish", () => {
    render(
      <Confirmation
        reference="K7M4QX2P"
        whenWeCall="Le llamaremos el lunes."
        details={null}
        words={confirmationWords.es}
      />,
    );
    expect(screen.getByRole("heading", { name: "Recibimos su solicitud" })).toBeInTheDocument();
    expect(screen.getByText(/Su número de referencia es/)).toHaveTextContent("Su número de referencia es K7M4QX2P");
    expect(screen.getByRole("heading", { name: "Qué pasa ahora" })).toBeInTheDocument();
  });
});
