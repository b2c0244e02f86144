/**
 * Links of an incident: to other incidents (duplicate, same event, follow-up) and to tracker recommendations as
 * evidence of their implementation, from either side.
 */
package org.vigie.observatory.links;
