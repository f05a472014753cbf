// esbuild inlines imported CSS into the page; TypeScript only needs to know the import exists.
declare module '*.css';
