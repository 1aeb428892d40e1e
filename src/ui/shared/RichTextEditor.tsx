import * as React from 'react';
import { Button, Field, Input, Label, mergeClasses, Popover, PopoverSurface, PopoverTrigger } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { sanitizeHtml } from './SafeHtml';
import { RichTextEditorProps } from './RichTextEditor.types';
import { useRichTextEditorStyles } from './useRichTextEditorStyles';

/** Why a typed link address is refused: nothing typed, or not https:// / mailto:. */
export function linkUrlProblem(value: string): 'required' | 'scheme' | undefined {
  const url = value.trim();
  if (!url || /^https:\/\/$/i.test(url) || /^mailto:$/i.test(url)) {
    return 'required';
  }
  return /^https:\/\/\S+$/i.test(url) || /^mailto:\S+$/i.test(url) ? undefined : 'scheme';
}

/**
 * A small rich-text editor: a contentEditable area with bold, italic, bullet list and
 * link buttons. The area is uncontrolled: it is filled (sanitised) once per `resetKey`
 * and reports its HTML on every change; the HTML is sanitised again wherever it is shown.
 * Toolbar buttons keep the selection (no focus steal on mouse down). The link button opens
 * a small popover (no window.prompt: Teams blocks it) that accepts https:// and mailto:
 * addresses; the selection is saved before it opens and restored before the link is made.
 */
export function RichTextEditor(props: RichTextEditorProps): JSX.Element {
  const styles = useRichTextEditorStyles();
  const editorRef = React.useRef<HTMLDivElement>(null);
  const linkInputRef = React.useRef<HTMLInputElement>(null);
  const savedRange = React.useRef<Range | null>(null);
  const [linkOpen, setLinkOpen] = React.useState(false);
  const [linkUrl, setLinkUrl] = React.useState('https://');
  const [linkError, setLinkError] = React.useState<string | undefined>(undefined);
  const labelId = `${props.id}-label`;
  const messageId = `${props.id}-message`;
  const { onChange } = props;

  // Filled once per (re)start of the form.
  React.useEffect(() => {
    if (editorRef.current) {
      editorRef.current.innerHTML = sanitizeHtml(props.initialHtml);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.resetKey]);

  // The address input takes focus when the popover opens (not left to the focus finder).
  React.useEffect(() => {
    if (linkOpen && linkInputRef.current) {
      linkInputRef.current.focus();
    }
  }, [linkOpen]);

  const report = (): void => {
    if (editorRef.current) {
      onChange(editorRef.current.innerHTML);
    }
  };
  const exec = (command: string, value?: string): void => {
    if (editorRef.current) {
      editorRef.current.focus();
    }
    document.execCommand(command, false, value);
    report();
  };
  const keepSelection = (e: React.MouseEvent): void => e.preventDefault();

  /** The editor's current selection (or caret), kept while the popover has focus. */
  const saveSelection = (): void => {
    const editor = editorRef.current;
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    savedRange.current = editor && range && editor.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
  };
  /** Focus back in the editor with the saved selection; returns that selection. */
  const restoreSelection = (): Range | null => {
    const editor = editorRef.current;
    if (editor) {
      editor.focus();
    }
    const range = savedRange.current;
    const selection = window.getSelection();
    if (range && selection) {
      selection.removeAllRanges();
      selection.addRange(range);
    }
    return range;
  };

  const openLink = (): void => {
    saveSelection();
    setLinkUrl('https://');
    setLinkError(undefined);
    setLinkOpen(true);
  };
  /** Closes the popover; `refocus` returns focus (and the selection) to the editor. */
  const closeLink = (refocus: boolean): void => {
    setLinkOpen(false);
    setLinkError(undefined);
    if (refocus) {
      restoreSelection();
    }
  };
  const insertLink = (): void => {
    const problem = linkUrlProblem(linkUrl);
    if (problem) {
      setLinkError(problem === 'required' ? strings.StudioLinkErrRequired : strings.StudioLinkErrScheme);
      if (linkInputRef.current) {
        linkInputRef.current.focus();
      }
      return;
    }
    const href = linkUrl.trim();
    closeLink(false);
    const editor = editorRef.current;
    if (!editor) {
      return;
    }
    const range = restoreSelection();
    if (range && !range.collapsed) {
      document.execCommand('createLink', false, href);
    } else {
      // Nothing selected: the address itself becomes the link text, at the caret (or at the end).
      const link = document.createElement('a');
      link.setAttribute('href', href);
      link.textContent = href;
      if (range) {
        range.insertNode(link);
      } else {
        editor.appendChild(link);
      }
      const after = document.createRange();
      after.setStartAfter(link);
      after.collapse(true);
      const selection = window.getSelection();
      if (selection) {
        selection.removeAllRanges();
        selection.addRange(after);
      }
    }
    report();
  };

  return (
    <div id={props.id} className={mergeClasses(styles.root, props.className)}>
      {/* Fluent's Label: a required field gets the same asterisk as a Field (aria-hidden; the
          editable area says aria-required). */}
      <Label id={labelId} required={props.required}>
        {props.label}
      </Label>
      <div className={styles.toolbar} role="toolbar" aria-label={strings.StudioToolbarLabel}>
        <Button size="small" appearance="subtle" onMouseDown={keepSelection} onClick={() => exec('bold')}>
          <b>{strings.StudioToolbarBold}</b>
        </Button>
        <Button size="small" appearance="subtle" onMouseDown={keepSelection} onClick={() => exec('italic')}>
          <i>{strings.StudioToolbarItalic}</i>
        </Button>
        <Button size="small" appearance="subtle" onMouseDown={keepSelection} onClick={() => exec('insertUnorderedList')}>
          {strings.StudioToolbarList}
        </Button>
        <Popover
          inline
          trapFocus
          positioning="below-start"
          open={linkOpen}
          onOpenChange={(e, data) => {
            if (data.open) {
              openLink();
            } else {
              // Escape returns to the editor; a click or focus elsewhere leaves focus there.
              closeLink(e.type === 'keydown');
            }
          }}
        >
          <PopoverTrigger disableButtonEnhancement>
            <Button size="small" appearance="subtle" onMouseDown={keepSelection} aria-haspopup="dialog" data-link-button>
              {strings.StudioToolbarLink}
            </Button>
          </PopoverTrigger>
          <PopoverSurface aria-label={strings.StudioLinkDialog} className={styles.linkSurface} data-link-popover>
            <Field
              label={strings.StudioLinkLabel}
              validationMessage={linkError}
              validationState={linkError ? 'error' : undefined}
            >
              <Input
                ref={linkInputRef}
                type="url"
                value={linkUrl}
                onChange={(_, d) => {
                  setLinkUrl(d.value);
                  setLinkError(undefined);
                }}
                onKeyDown={(e) => {
                  // Enter inserts; it must not submit the form around the editor.
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    insertLink();
                  }
                }}
                data-link-url
              />
            </Field>
            <div className={styles.linkActions}>
              <Button appearance="primary" onClick={insertLink}>
                {strings.StudioLinkInsert}
              </Button>
              <Button onClick={() => closeLink(true)}>{strings.StudioLinkCancel}</Button>
            </div>
          </PopoverSurface>
        </Popover>
      </div>
      <div
        key={props.resetKey}
        ref={editorRef}
        className={mergeClasses(styles.editor, props.validationMessage ? styles.invalid : undefined)}
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelId}
        aria-required={props.required ? true : undefined}
        aria-invalid={props.validationMessage ? true : undefined}
        aria-describedby={props.validationMessage ? messageId : undefined}
        tabIndex={0}
        onInput={(e) => onChange((e.currentTarget as HTMLDivElement).innerHTML)}
        data-field={props.dataField}
      />
      {props.validationMessage && (
        <div id={messageId} role="alert" className={styles.message}>
          {props.validationMessage}
        </div>
      )}
    </div>
  );
}
