/** The search session's words in the default language (src/data/search-messages.ts); other languages' under /<lang>/search/. */
import type { APIRoute } from 'astro';
import { searchMessagesJson } from '../../data/search-messages.ts';

export const GET: APIRoute = () => new Response(searchMessagesJson(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
