/**
 * The advisors as reference data: stored with JPA, read from the seed file, what an id and a phone
 * may look like, and the refusals the module's requests answer with.
 */
package fr.cci.hotline.advisors.directory;
