import { TextWithPhoneLinks } from "@/components/content/text-with-phone-links";
import { servicesFor } from "@/content/by-lang";
import { ui } from "@/content/ui";
import type { Lang } from "@/lib/i18n/locales";

/**
 * Every service under its group heading. Each card carries the service id, so
 * /services#drug-testing scrolls to it and the :target style shows which one
 * the link meant.
 */
export function ServicesList({ lang }: { lang: Lang }) {
  const { services, serviceGroups } = servicesFor(lang);
  return (
    <div className="mt-8 space-y-10 text-ink">
      {serviceGroups.map((group) => (
        <section key={group.id} aria-labelledby={`services-group-${group.id}`}>
          <h2 id={`services-group-${group.id}`} className="text-3xl leading-tight font-bold text-ink">
            {group.title}
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {group.serviceIds.map((id) => {
              const service = services.find((s) => s.id === id);
              if (!service) return null;
              return (
                <li
                  key={service.id}
                  id={service.id}
                  className="scroll-mt-4 rounded-lg border border-ink/15 bg-white p-4 target:border-brand target:bg-paper-cool target:ring-2 target:ring-brand"
                >
                  <h3 className="text-lg leading-snug font-bold text-ink">{service.name}</h3>
                  <p className="mt-2 text-base leading-relaxed">
                    <TextWithPhoneLinks text={service.description} />
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The people and plan behind the services; placed under a "Your care team" heading in the MDX. */
export function CareTeam({ lang }: { lang: Lang }) {
  const { careTeam } = servicesFor(lang);
  return (
    <div className="mt-4 space-y-4 text-ink">
      <p>{careTeam.plan}</p>
      <ul className="space-y-3">
        {careTeam.members.map((member) => (
          <li key={member.role} className="rounded-lg border-l-4 border-brand bg-paper-cool p-4">
            <strong className="block text-ink">{member.role}</strong>
            <span>{member.description}</span>
          </li>
        ))}
      </ul>
      <h3 className="pt-4 text-2xl font-bold text-ink">{ui[lang].careTeam.afterHoursHeading}</h3>
      <p>{careTeam.afterHours}</p>
    </div>
  );
}
