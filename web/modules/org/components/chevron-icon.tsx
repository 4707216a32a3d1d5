/** Points right when closed and down when open (rotated in CSS by aria-expanded). */
export function ChevronIcon() {
  return (
    <svg
      className="org-chevron"
      width="1.25em"
      height="1.25em"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path
        fill="currentColor"
        d="M9.47 5.47a.75.75 0 0 1 1.06 0l6 6a.75.75 0 0 1 0 1.06l-6 6a.75.75 0 1 1-1.06-1.06L14.94 12 9.47 6.53a.75.75 0 0 1 0-1.06"
      />
    </svg>
  );
}
