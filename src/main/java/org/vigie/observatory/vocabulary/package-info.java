/**
 * The controlled vocabularies: HURIDOCS' micro-thesauri with their corrections, Vigie's extension terms for acts
 * the resolution names, grave violations, perpetrator categories, and the terms administrators add.
 */
package org.vigie.observatory.vocabulary;
