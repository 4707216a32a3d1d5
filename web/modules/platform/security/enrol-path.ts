/** The enrolment page of a sign-in in stage 'enrol', keeping where the person was heading. */
export function enrolPath(next: string): string {
  return next === '/' ? '/sign-in/enrol' : `/sign-in/enrol?next=${encodeURIComponent(next)}`;
}
