// Placeholder: replaced by the real component.
export function WeeklySchedule() {
  return null;
}
export function TypicalEvening() {
  return null;
}
export function StepDownPhases() {
  return null;
}
