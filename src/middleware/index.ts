/**
 * What every page's rendering passes through: its language first (everything
 * below reads it), then the trimming of its Content-Security-Policy.
 */
import { sequence } from 'astro:middleware';
import { pageLanguage } from './page-language.ts';
import { pageCsp } from './page-csp.ts';

export const onRequest = sequence(pageLanguage, pageCsp);
