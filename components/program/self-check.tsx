// Placeholder: replaced by the real component.
export function SelfCheck() {
  return null;
}
