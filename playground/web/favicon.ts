// The playground's tab icon: a green sheet like the page's document icon. Served at /favicon.svg
// (the page links it) and at /favicon.ico (what browsers ask for when a page links none).

export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 32">
<rect width="24" height="32" rx="3" fill="#0f9d58"/>
<rect x="5" y="9" width="14" height="14" fill="none" stroke="#fff" stroke-width="2"/>
<path d="M5 16h14M12 9v14" stroke="#fff" stroke-width="2"/>
</svg>
`;
