/**
 * Configuration: {@link org.vigie.config.Config} read from command-line options and the environment, and the
 * {@link org.vigie.config.DataDirectory} that one running Vigie locks.
 */
package org.vigie.config;
