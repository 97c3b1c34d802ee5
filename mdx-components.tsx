import type { MDXComponents } from "mdx/types";
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
import { CompareTable } from "@/components/program/compare-table";
import {
  EveningCalendarDownload,
  StepDown,
  TypicalEvening,
  WeeklySchedule,
} from "@/components/program/weekly-schedule";
import { NextSteps, StepCard } from "@/components/home/next-steps";
import { PhonePanel } from "@/components/home/phone-panel";
import { CareTeam, ServicesList } from "@/components/program/services-list";
import { FaqList } from "@/components/program/faq-list";
import { SelfCheck } from "@/components/program/self-check";
import { CallbackForm } from "@/components/callback/callback-form";

/** Components every MDX page in content/pages can use. Next requires this file for MDX in the App Router. */
const components: MDXComponents = {
  a: ({ href = "", ...props }) => <SmartLink href={href} {...props} />,
  AdmissionsHours,
  AdmissionsPhone,
  Callout,
  CallbackWithin,
  CrisisNotice,
  ProgramLength,
  ProgramName,
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
  NextSteps,
  StepCard,
  PhonePanel,
  ServicesList,
  CareTeam,
  FaqList,
  SelfCheck,
  CallbackForm,
};

export function useMDXComponents(): MDXComponents {
  return components;
}
