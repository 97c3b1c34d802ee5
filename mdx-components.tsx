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
import { EveningCalendarDownload } from "@/components/program/schedule/evening-calendar-download";
import { StepDown } from "@/components/program/schedule/step-down";
import { TypicalEvening } from "@/components/program/schedule/typical-evening";
import { WeeklySchedule } from "@/components/program/schedule/weekly-schedule";
import { NextSteps, StepCard } from "@/components/home/next-steps";
import { PhonePanel } from "@/components/home/phone-panel";
import { CareTeam, ServicesList } from "@/components/program/services-list";
import { FaqList } from "@/components/program/faq-list";
import { SelfCheck } from "@/components/program/self-check";

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
};

export function useMDXComponents(): MDXComponents {
  return components;
}
