// What the command-line entry point needs, from one module so the bundled and the tsx-run builds share state.
export { main } from './cli.ts';
