// Where a page renders: page.html's one <div id="app">.

/** The page's #app element; a page built without it fails here, by name. */
export function appRoot(): HTMLElement {
  const root = document.getElementById('app');
  if (!root) throw new Error('This sidebar page has no <div id="app"> to render into.');
  return root;
}
