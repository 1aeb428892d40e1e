/** Switching persona = telling the emulator who is signed in (cookie), then reloading. */
export function wirePersonaSwitcher(doc: Document): void {
  const select = doc.querySelector<HTMLSelectElement>('[data-persona-switcher]');
  if (!select) {
    return;
  }
  select.addEventListener('change', () => {
    doc.cookie = `sb-persona=${select.value}; path=/; SameSite=Lax`;
    window.location.reload();
  });
}
