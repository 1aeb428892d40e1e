import * as React from 'react';
import { Dialog, DialogSurface } from '@fluentui/react-components';

export interface EditorDialogProps {
  open: boolean;
  onClose: () => void;
  className: string;
  /** Data attributes on the surface (tests and the calendar find each editor by them). */
  surfaceAttributes: { [name: string]: string };
  /** Rendered only while open, so every opening starts with a fresh form. */
  children: () => JSX.Element;
}

/** The modal shell the content calendar's editors share: Escape and the close button end in onClose. */
export function EditorDialog(props: EditorDialogProps): JSX.Element {
  return (
    <Dialog
      open={props.open}
      modalType="modal"
      onOpenChange={(_e, data) => {
        if (!data.open) {
          props.onClose();
        }
      }}
    >
      <DialogSurface className={props.className} aria-describedby={undefined} {...props.surfaceAttributes}>
        {props.open && props.children()}
      </DialogSurface>
    </Dialog>
  );
}
