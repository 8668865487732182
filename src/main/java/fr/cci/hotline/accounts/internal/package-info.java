/**
 * Inside accounts: the stored user accounts and sign-in, the first administrator, and the web
 * security rules every module's pages and APIs rely on.
 */
package fr.cci.hotline.accounts.internal;
