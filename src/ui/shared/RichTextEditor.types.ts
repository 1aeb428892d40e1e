export interface RichTextEditorProps {
  /** Id of the wrapper: the error summary's links point here and focus the editable area. */
  id: string;
  /** The visible label above the toolbar. */
  label: string;
  /** The HTML the editor starts with; sanitised and read once per `resetKey`. */
  initialHtml: string;
  /** Every change (typing or a toolbar command) with the editor's current HTML. */
  onChange: (html: string) => void;
  /** Changing it refills the editor from `initialHtml` (a new form, a template). */
  resetKey?: number | string;
  /** A validation message shown under the editor (role="alert"). */
  validationMessage?: string;
  required?: boolean;
  /** data-field attribute of the editable area (tests and browser checks find it by this). */
  dataField?: string;
  className?: string;
}
