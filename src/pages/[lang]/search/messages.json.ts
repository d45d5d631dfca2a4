/** The other languages' search words (`/<lang>/search/messages.json`), rendered in that language. */
import { languagePaths } from '../../../data/page-paths.ts';

export const getStaticPaths = languagePaths;
export { GET } from '../../search/messages.json.ts';
