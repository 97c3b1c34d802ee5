// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { servicesFor } from "@/content/by-lang";
import { LANGS } from "@/lib/i18n/locales";
import { CareTeam, ServicesList } from "./services-list";

describe.each(LANGS)("ServicesList and CareTeam (%s)", (lang) => {
  const { services, serviceGroups, careTeam } = servicesFor(lang);

  it("lists every service of the page's language under its group, each at its id", () => {
    const { container } = render(<ServicesList lang={lang} />);
    for (const group of serviceGroups) {
      const section = screen.getByRole("region", { name: group.title });
      for (const id of group.serviceIds) {
        const service = services.find((s) => s.id === id)!;
        const card = container.querySelector(`li[id="${id}"]`) as HTMLElement;
        expect(section).toContainElement(card);
        expect(within(card).getByRole("heading", { level: 3 })).toHaveTextContent(service.name);
      }
    }
  });

  it("gives the care team and what happens after hours", () => {
    const { container } = render(<CareTeam lang={lang} />);
    for (const member of careTeam.members) expect(container).toHaveTextContent(member.role);
    expect(container).toHaveTextContent(careTeam.afterHours);
    expect(screen.getByRole("heading", { level: 3 })).toHaveTextContent(
      lang === "es" ? "Entre sesiones y fuera de horario" : "Between sessions and after hours",
    );
  });
});
