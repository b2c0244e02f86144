/**
 * The HTTP pipeline every request goes through (security headers, language, caller, roles, CSRF), the {@link
 * org.vigie.web.Router} where capabilities declare routes with their roles, views, cookies, assets and error
 * pages. It knows no capability.
 */
package org.vigie.web;
