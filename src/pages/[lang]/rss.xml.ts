/** The other languages' feeds (`/<lang>/rss.xml`): the same feed in that edition's language. */
import { languagePaths } from '../../data/page-paths.ts';

export const getStaticPaths = languagePaths;
export { GET } from '../rss.xml.ts';
