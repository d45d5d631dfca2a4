/**
 * The kinds of glossary entry: one line per kind, each a module in this folder
 * (see `kind.ts` for what a module holds). To add a kind, write its module and
 * add its line here; the order of the lines does not matter (each module's
 * `order` does). The registry built from this list is in `registry.ts`.
 */
export { event } from './event.ts';
export { person } from './person.ts';
export { organization } from './organization.ts';
export { place } from './place.ts';
export { weapon } from './weapon.ts';
export { law } from './law.ts';
export { term } from './term.ts';
