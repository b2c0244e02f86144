/**
 * The incident form for field collection: the XLSForm Vigie writes for ODK Collect and KoboCollect, and the
 * names its submissions carry.
 */
package org.vigie.observatory.forms;
