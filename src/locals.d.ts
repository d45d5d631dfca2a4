declare namespace App {
  interface Locals {
    /**
     * Ids of the sources the page lists in full (a story's "All sources"). Source
     * links to these point at the list entry (title, date, external link) instead of
     * repeating the URL and title in every claim and timeline item: on a story page
     * those repeats sit too far apart for gzip's 32 KB window to share them.
     */
    listedSources?: ReadonlySet<string>;
  }
}
