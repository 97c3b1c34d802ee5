// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { crisisLines } from "@/content/crisis-lines";
import { program } from "@/content/program";
import { formatAdmissionsHours } from "@/lib/admissions-hours";
import { REFUSAL_KINDS } from "@/lib/callback/refusal";
import { ConfirmationDetails } from "./confirmation-details";
import { RefusalNotice } from "./refusal-notice";

const phone = program.admissionsPhone;

describe("RefusalNotice in Spanish", () => {
  it.each([
    ["too-large", "Era demasiado larga para nuestro formulario. El cuadro del mensaje admite hasta 1,500 caracteres"],
    ["unreadable", "Lo que nos llegó no se pudo leer como el formulario."],
    ["too-many", "Llegaron demasiadas solicitudes desde su conexión"],
  ] as const)("says why a %s post was not sent, the phone and the hours, and links back to the form", (kind, why) => {
    render(<RefusalNotice kind={kind} lang="es" />);
    const notice = screen.getByRole("alert", { name: "Su solicitud no se envió" });
    expect(notice).toHaveTextContent(why);
    expect(notice).toHaveTextContent(formatAdmissionsHours(program.admissionsHours, "es"));
    expect(screen.getByRole("link", { name: phone.display })).toHaveAttribute("href", `tel:${phone.e164}`);
    expect(screen.getByRole("link", { name: "llene el formulario de nuevo" })).toHaveAttribute(
      "href",
      "#callback-name",
    );
    expect(notice).not.toHaveTextContent(/Your request|Please call|fill in the form/);
  });

  it("leaves an Origin refusal to the form's own summary, as in English", () => {
    expect(REFUSAL_KINDS).toContain("origin");
    const { container } = render(<RefusalNotice kind="origin" lang="es" />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe("ConfirmationDetails", () => {
  it("says in Spanish how to call now and lists every crisis line with its own links", () => {
    const { container } = render(<ConfirmationDetails lang="es" />);
    expect(container).toHaveTextContent(`Si prefiere no esperar, llame a admisiones al ${phone.display}`);
    expect(container).toHaveTextContent(program.admissionsHours.timeZoneName.es);
    expect(screen.getByRole("heading", { name: "Si necesita ayuda ahora" })).toBeInTheDocument();
    for (const line of crisisLines) {
      expect(container.querySelector(`a[href="${line.href}"]`)).toHaveTextContent(line.number);
      if (line.text) expect(container.querySelector(`a[href="${line.text.href}"]`)).toHaveTextContent(line.number);
    }
    expect(screen.getByRole("link", { name: "envíe AYUDA al 988" })).toHaveAttribute("href", "sms:988");
    expect(container).toHaveTextContent("oprima 2 para hablar en español");
    expect(container).not.toHaveTextContent(/If you|Call 911|Free, 24\/7| or text/);
  });

  it("stays in English on the English page", () => {
    const { container } = render(<ConfirmationDetails lang="en" />);
    expect(container).toHaveTextContent(`If you would rather not wait, call admissions at ${phone.display}`);
    expect(screen.getByRole("link", { name: "text 988" })).toHaveAttribute("href", "sms:988");
  });
});
