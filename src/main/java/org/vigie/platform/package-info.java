/**
 * What every user meets outside a capability: the home page, {@code /health}, the language choice and the
 * OpenAPI document.
 */
package org.vigie.platform;
