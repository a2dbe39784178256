// Public entry of the explorer area: what the shell and other areas may import.
export { ExplorerRoute } from './ExplorerRoute';
