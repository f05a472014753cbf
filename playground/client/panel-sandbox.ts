// The sandbox of the playground's panels, in a module of its own so Node tests can read it
// without compiling the page's JSX.

/**
 * Apps Script's IFRAME mode sandboxes add-on HTML with these keywords
 * (developers.google.com/apps-script/guides/html/restrictions), and serves it from its own
 * origin (googleusercontent.com), so allow-same-origin never means Sheets' origin. The playground
 * serves each panel on its panel port, which serves nothing else: another origin, which the API
 * refuses. Without a panel port (a session that publishes no pages), a srcdoc frame without
 * allow-same-origin (an opaque origin) keeps the panel from reaching this page all the same.
 */
export const PANEL_SANDBOX =
  'allow-same-origin allow-forms allow-scripts allow-popups allow-downloads allow-modals allow-popups-to-escape-sandbox';
