import * as React from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { sanitizeHtml } from './SafeHtml';
import { RichTextEditorProps } from './RichTextEditor.types';
import { useRichTextEditorStyles } from './useRichTextEditorStyles';

/**
 * A small rich-text editor: a contentEditable area with bold, italic, bullet list and
 * (https-only) link buttons. The area is uncontrolled: it is filled (sanitised) once per
 * `resetKey` and reports its HTML on every change; the HTML is sanitised again wherever
 * it is shown. Toolbar buttons keep the selection (no focus steal on mouse down).
 */
export function RichTextEditor(props: RichTextEditorProps): JSX.Element {
  const styles = useRichTextEditorStyles();
  const editorRef = React.useRef<HTMLDivElement>(null);
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

  const exec = (command: string, value?: string): void => {
    if (editorRef.current) {
      editorRef.current.focus();
    }
    document.execCommand(command, false, value);
    if (editorRef.current) {
      onChange(editorRef.current.innerHTML);
    }
  };
  const addLink = (): void => {
    const url = window.prompt(strings.StudioLinkPrompt, 'https://');
    if (url && /^https:\/\//i.test(url)) {
      exec('createLink', url);
    }
  };
  const keepSelection = (e: React.MouseEvent): void => e.preventDefault();

  return (
    <div id={props.id} className={mergeClasses(styles.root, props.className)}>
      <span id={labelId}>{props.label}</span>
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
        <Button size="small" appearance="subtle" onMouseDown={keepSelection} onClick={addLink}>
          {strings.StudioToolbarLink}
        </Button>
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
