/**
 * The {@code hotline} script: the menu file and its checks, the questions (prompts, keys, retries),
 * the caller's location from a département or postal code, and the case number given to each call.
 */
package fr.cci.hotline.ivr.menu;
