import type { MDXComponents } from "mdx/types";
import type { ComponentType } from "react";
import { SmartLink } from "@/components/ui/smart-link";
import {
  AdmissionsHours,
  AdmissionsPhone,
  Callout,
  CallbackWithin,
  CrisisNotice,
  ProgramLength,
  ProgramName,
  ReferralLine,
} from "@/components/content/program-facts";
import { Practical, PracticalList, SafetyNote } from "@/components/content/practical";
import { AtAGlance } from "@/components/home/at-a-glance";
import { NextSteps, StepCard } from "@/components/home/next-steps";
import { PhonePanel } from "@/components/home/phone-panel";
import { CompareTable } from "@/components/program/compare-table";
import { FaqList } from "@/components/program/faq-list";
import { EveningCalendarDownload } from "@/components/program/schedule/evening-calendar-download";
import { StepDown } from "@/components/program/schedule/step-down";
import { TypicalEvening } from "@/components/program/schedule/typical-evening";
import { WeeklySchedule } from "@/components/program/schedule/weekly-schedule";
import { CareTeam, ServicesList } from "@/components/program/services-list";
import { SelfCheck } from "@/components/program/self-check";
import type { Lang } from "@/lib/i18n/locales";

/** Components that speak: each takes the page's language, which the MDX never writes. */
const speaking = {
  AdmissionsHours,
  CallbackWithin,
  CrisisNotice,
  ProgramLength,
  ReferralLine,
  Practical,
  PracticalList,
  SafetyNote,
  AtAGlance,
  CompareTable,
  WeeklySchedule,
  TypicalEvening,
  StepDown,
  EveningCalendarDownload,
  PhonePanel,
  ServicesList,
  CareTeam,
  FaqList,
  SelfCheck,
};

/** Components with no words of their own. */
const silent = { AdmissionsPhone, Callout, ProgramName, NextSteps, StepCard };

/**
 * The components an MDX page in content/pages can use, bound to its language.
 * MDX merges these over mdx-components.tsx (which Next requires), so a Spanish
 * page writes `<ProgramLength />` and gets "8 semanas" without any context,
 * which server components cannot use. `extra` adds components for one page
 * (the callback form on /admissions), bound the same way.
 */
export function mdxComponents(lang: Lang, extra: Record<string, ComponentType<{ lang: Lang }>> = {}): MDXComponents {
  const bound = Object.fromEntries(
    Object.entries({ ...speaking, ...extra }).map(([name, Component]) => {
      const C = Component as ComponentType<Record<string, unknown>>;
      const WithLang = (props: Record<string, unknown>) => <C {...props} lang={lang} />;
      WithLang.displayName = name;
      return [name, WithLang];
    }),
  );
  return {
    a: ({ href = "", ...props }) => <SmartLink href={href} {...props} />,
    ...silent,
    ...bound,
  };
}
