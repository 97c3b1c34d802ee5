// Placeholder: replaced by the real component.
export function FaqList() {
  return null;
}
