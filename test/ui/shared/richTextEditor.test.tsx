/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '@testing-library/jest-dom';
import { Dialog, DialogBody, DialogSurface, DialogTitle, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { linkUrlProblem, RichTextEditor } from '../../../src/ui/shared/RichTextEditor';

// The link popover traps focus (aria-modal): the rest of the page is hidden from the a11y tree.
configure({ defaultHidden: true, asyncUtilTimeout: 4000 });

interface Harness {
  editor: HTMLElement;
  onChange: jest.Mock;
  execCommand: jest.Mock;
  prompt: jest.SpyInstance;
}

function renderEditor(html: string): Harness {
  // jsdom has no execCommand; the browser's createLink is what the editor relies on.
  const execCommand = jest.fn(() => true);
  (document as unknown as { execCommand: unknown }).execCommand = execCommand;
  const prompt = jest.spyOn(window, 'prompt').mockImplementation(() => 'https://prompted.example');
  const onChange = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <RichTextEditor id="desc" label="Beschrijving" initialHtml={html} onChange={onChange} dataField="description" />
    </FluentProvider>
  );
  const editor = document.querySelector('[data-field="description"]') as HTMLElement;
  return { editor, onChange, execCommand, prompt };
}

/** Selects `text` inside the editor, as a user would with the mouse. */
function select(editor: HTMLElement, text: string): void {
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node.textContent || '').indexOf(text);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = window.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
  }
  throw new Error('no text ' + text);
}

async function openLinkPopover(): Promise<HTMLInputElement> {
  // After a close, the modal's aria-hidden on the page is lifted asynchronously.
  const button = await screen.findByRole('button', { name: 'Link' });
  fireEvent.mouseDown(button);
  fireEvent.click(button);
  const dialog = await screen.findByRole('dialog', { name: 'Link invoegen' });
  expect(dialog).toBeInTheDocument();
  const input = screen.getByLabelText('Adres van de link') as HTMLInputElement;
  await waitFor(() => expect(document.activeElement).toBe(input));
  return input;
}

afterEach(() => {
  jest.restoreAllMocks();
});

describe('RichTextEditor: links without window.prompt', () => {
  it('inserts a link over the selected text with the typed https address', async () => {
    const h = renderEditor('<p>Meer info op de site van de gemeente.</p>');
    select(h.editor, 'de site');
    const input = await openLinkPopover();
    expect(input.value).toBe('https://');
    // Focus in the popover moves the selection away from the editor.
    window.getSelection()!.removeAllRanges();
    fireEvent.change(input, { target: { value: 'https://www.gemeentemaastricht.nl/vitaal' } });
    fireEvent.click(screen.getByRole('button', { name: 'Invoegen' }));
    expect(h.execCommand).toHaveBeenCalledWith('createLink', false, 'https://www.gemeentemaastricht.nl/vitaal');
    // The selection was restored before the command ran.
    expect(window.getSelection()!.toString()).toBe('de site');
    expect(document.activeElement).toBe(h.editor);
    expect(h.onChange).toHaveBeenCalled();
    expect(h.prompt).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('refuses a javascript: address with a Dutch error next to the input and inserts nothing', async () => {
    const h = renderEditor('<p>Klik hier.</p>');
    select(h.editor, 'hier');
    const input = await openLinkPopover();
    fireEvent.change(input, { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Invoegen' }));
    expect(screen.getByText(/Een link moet beginnen met https:\/\//)).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(h.execCommand).not.toHaveBeenCalled();
    expect(h.onChange).not.toHaveBeenCalled();
    expect(h.editor.querySelector('a')).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Link invoegen' })).toBeInTheDocument();
    expect(h.prompt).not.toHaveBeenCalled();
  });

  it('cancels with Escape: nothing inserted, focus and selection back in the editor', async () => {
    const h = renderEditor('<p>Meer info op de site.</p>');
    select(h.editor, 'site');
    const input = await openLinkPopover();
    window.getSelection()!.removeAllRanges();
    fireEvent.change(input, { target: { value: 'https://example.org' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(h.editor);
    expect(window.getSelection()!.toString()).toBe('site');
    expect(h.execCommand).not.toHaveBeenCalled();
    expect(h.onChange).not.toHaveBeenCalled();
  });

  it('cancels with "Annuleren" and inserts with Enter; a mailto: address without a selection becomes the link text', async () => {
    const h = renderEditor('<p>Mail ons: </p>');
    await openLinkPopover();
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(h.editor);
    window.getSelection()!.removeAllRanges();
    const input = await openLinkPopover();
    fireEvent.change(input, { target: { value: 'mailto:samenbeter@maastricht.example' } });
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    const link = h.editor.querySelector('a') as HTMLAnchorElement;
    expect(link).toHaveAttribute('href', 'mailto:samenbeter@maastricht.example');
    expect(link).toHaveTextContent('mailto:samenbeter@maastricht.example');
    expect(h.onChange).toHaveBeenLastCalledWith(expect.stringContaining('<a href="mailto:samenbeter@maastricht.example">'));
    expect(h.prompt).not.toHaveBeenCalled();
  });

  it('inside a dialog (the post editor), Escape closes only the link popover', async () => {
    (document as unknown as { execCommand: unknown }).execCommand = jest.fn(() => true);
    const onOpenChange = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <Dialog open onOpenChange={onOpenChange}>
          <DialogSurface aria-describedby={undefined}>
            <DialogBody>
              <DialogTitle>Bericht bewerken</DialogTitle>
              <RichTextEditor id="body" label="Tekst" initialHtml="<p>Tekst</p>" onChange={() => undefined} dataField="body" />
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </FluentProvider>
    );
    const input = await openLinkPopover();
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Link invoegen' })).toBeNull());
    expect(onOpenChange).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Bericht bewerken' })).toBeInTheDocument();
    expect(document.activeElement).toBe(document.querySelector('[data-field="body"]'));
  });

  it('accepts only https:// and mailto: addresses', () => {
    expect(linkUrlProblem('https://example.org/a?b=c')).toBeUndefined();
    expect(linkUrlProblem(' HTTPS://example.org ')).toBeUndefined();
    expect(linkUrlProblem('mailto:a@b.nl')).toBeUndefined();
    expect(linkUrlProblem('')).toBe('required');
    expect(linkUrlProblem('https://')).toBe('required');
    expect(linkUrlProblem('http://example.org')).toBe('scheme');
    expect(linkUrlProblem('javascript:alert(1)')).toBe('scheme');
    expect(linkUrlProblem('data:text/html,x')).toBe('scheme');
    expect(linkUrlProblem('www.example.org')).toBe('scheme');
    expect(linkUrlProblem('https://exa mple.org')).toBe('scheme');
  });
});
