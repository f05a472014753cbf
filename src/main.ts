// Every Apps Script entry point except the custom functions (those live in functions/index.ts,
// a bundle of their own): the menu, its actions (the menu registry) and the sidebars' endpoints
// (the endpoint registry). The build writes a top-level `function` for each name exported in
// `entryPoints`, since Apps Script sees nothing else.
import { onEdit } from './server/debrief';
import { endpoints } from './server/endpoints';
import { menuActions, onInstall, onOpen } from './server/menu';

export const entryPoints = { onOpen, onInstall, onEdit, ...menuActions, ...endpoints };
