// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { faqsFor } from "@/content/by-lang";
import { faqs, faqSourceIds } from "@/content/faqs";
import { program } from "@/content/program";
import { FaqList } from "./faq-list";

describe("FaqList", () => {
  it("renders every FAQ as a section with its id and the question as a heading", () => {
    const { container } = render(<FaqList lang="en" />);
    for (const faq of faqs) {
      const section = container.querySelector(`section#${faq.id}`);
      expect(section, faq.id).not.toBeNull();
      expect(within(section as HTMLElement).getByRole("heading", { level: 2, name: faq.question })).toBeVisible();
      for (const paragraph of faq.answer) expect(section).toHaveTextContent(paragraph);
    }
  });

  it("links every question from the list at the top to its answer", () => {
    render(<FaqList lang="en" />);
    const nav = screen.getByRole("navigation", { name: "Questions on this page" });
    const links = within(nav).getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(faqs.map((f) => `#${f.id}`));
    expect(links.map((a) => a.textContent)).toEqual(faqs.map((f) => f.question));
  });

  it("ships no FAQPage JSON-LD, so each answer is sent once in the HTML and once in the RSC payload", () => {
    const { container } = render(<FaqList lang="en" />);
    expect(container.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(0);
  });

  it("makes the phone numbers in answers links to call, or to text where the answer says text", () => {
    const { container } = render(<FaqList lang="en" />);
    const sectionMentioning = (text: string) => {
      const faq = faqs.find((f) => f.answer.some((paragraph) => paragraph.includes(text)));
      expect(faq, `an answer mentioning ${text}`).toBeDefined();
      return container.querySelector(`section#${faq!.id}`) as HTMLElement;
    };
    const crisis = sectionMentioning("988");
    expect(
      within(crisis)
        .getAllByRole("link", { name: "988" })
        .map((a) => a.getAttribute("href")),
    ).toEqual(["tel:988", "sms:988"]);
    expect(within(crisis).getByRole("link", { name: "911" })).toHaveAttribute("href", "tel:911");
    const phone = program.admissionsPhone;
    expect(within(sectionMentioning(phone.display)).getAllByRole("link", { name: phone.display })[0]).toHaveAttribute(
      "href",
      `tel:${phone.e164}`,
    );
  });

  it("speaks Spanish on a Spanish page, around the Spanish questions, with the same ids and sources", () => {
    const spanish = faqsFor("es");
    const { container } = render(<FaqList lang="es" />);
    const nav = screen.getByRole("navigation", { name: "Preguntas en esta página" });
    expect(
      within(nav)
        .getAllByRole("link")
        .map((a) => a.getAttribute("href")),
    ).toEqual(faqs.map((f) => `#${f.id}`));
    for (const faq of spanish) {
      const section = container.querySelector(`section#${faq.id}`) as HTMLElement;
      expect(within(section).getByRole("heading", { level: 2, name: faq.question })).toBeVisible();
      expect(section).toHaveTextContent("Fuentes:");
      expect(within(section).getByRole("link", { name: "Volver a todas las preguntas" })).toHaveAttribute(
        "href",
        "#questions",
      );
      const sources = within(section).getAllByRole("link", { name: /^Fuente \d+$/ });
      const numbered = faq.sources.map((id) => [`#source-${id}`, `Fuente ${faqSourceIds.indexOf(id) + 1}`]);
      expect(sources.map((a) => [a.getAttribute("href"), a.getAttribute("aria-label")]).sort()).toEqual(
        numbered.sort(),
      );
    }
    expect(container.textContent).not.toMatch(/Questions on this page|Back to all questions|Sources:/);
  });
});
