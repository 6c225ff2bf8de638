// Imported when the header's search box is first focused: starts loading the index (the
// WebAssembly, the metadata and the search file) so the search page answers sooner.
import { startEngine } from './engine.ts';

void startEngine(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`).catch(() => {});
