import { Button, type ButtonProps } from '@digdir/designsystemet-react';

/** A button that refuses presses while its request runs or while it is unavailable. It uses
 *  aria-disabled rather than disabled, because a disabled button drops keyboard focus to the
 *  page body and cannot be found by tabbing. */
export function BusyButton({
  pending,
  onClick,
  'aria-disabled': unavailable,
  ...rest
}: ButtonProps & { pending: boolean }) {
  const refuse = pending || unavailable === true || unavailable === 'true';
  return (
    <Button
      {...rest}
      aria-disabled={refuse || undefined}
      loading={pending}
      onClick={(event) => {
        if (refuse) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    />
  );
}
