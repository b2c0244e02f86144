/**
 * Accounts and institutions: passwords, sessions, login throttling, two-step login, personal API tokens, their
 * pages and API.
 */
package org.vigie.accounts;
