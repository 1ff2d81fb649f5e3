/**
 * GraphiQL's CodeMirror editors render unlabelled textareas and scroll regions that the keyboard
 * cannot reach, and its tabs are list items with the tab role around a button (an interactive
 * element inside another). This names each editor's input (Swedish first, as the rest of the
 * app), makes each scroll region focusable, and moves the tab role onto the button, as GraphiQL
 * renders and re-renders them.
 */
const EDITORS: readonly { readonly within: string; readonly label: string }[] = [
  { within: '.graphiql-query-editor', label: 'Fråga (GraphQL)' },
  { within: '.graphiql-editor-tool .graphiql-editor:nth-child(1)', label: 'Variabler (JSON)' },
  { within: '.graphiql-editor-tool .graphiql-editor:nth-child(2)', label: 'Rubriker (JSON)' },
  { within: '.graphiql-response', label: 'Svar' },
];

function setIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function label(root: ParentNode): void {
  for (const tab of root.querySelectorAll('li.graphiql-tab')) {
    const button = tab.querySelector('button.graphiql-tab-button');
    if (!button) continue;
    const selected = tab.getAttribute('aria-selected') ?? button.getAttribute('aria-selected') ?? 'false';
    setIfChanged(tab, 'role', 'presentation');
    tab.removeAttribute('aria-selected');
    setIfChanged(button, 'role', 'tab');
    setIfChanged(button, 'aria-selected', selected);
  }
  for (const { within, label: name } of EDITORS) {
    for (const editor of root.querySelectorAll(within)) {
      for (const input of editor.querySelectorAll('textarea:not([aria-label])')) input.setAttribute('aria-label', name);
      for (const scroll of editor.querySelectorAll('.CodeMirror-scroll:not([tabindex="0"])')) {
        scroll.setAttribute('tabindex', '0');
        scroll.setAttribute('aria-label', name);
        scroll.setAttribute('role', 'region');
      }
    }
  }
}

export function labelEditors(root: HTMLElement): void {
  label(root);
  new MutationObserver(() => label(root)).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['role', 'aria-selected'] });
}
