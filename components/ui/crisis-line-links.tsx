import type { CrisisLine } from "@/lib/content/schemas";

/**
 * "Call 988 or text 988": one link per way to reach a line, so a phone opens
 * the dialer or the messages app as the person chose. No state, so client
 * components (the self-check summary) can use it too.
 */
export function CrisisLineLinks({
  line,
  className,
}: {
  line: Pick<CrisisLine, "action" | "href" | "text">;
  className?: string;
}) {
  return (
    <>
      <a href={line.href} className={className}>
        {line.action}
      </a>
      {line.text && (
        <>
          {` ${line.text.or} `}
          <a href={line.text.href} className={className}>
            {line.text.action}
          </a>
        </>
      )}
    </>
  );
}
