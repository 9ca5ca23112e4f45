/**
 * Fountain, the plain-text screenplay format: {@link dev.slate.core.fountain.FountainReader} reads
 * it into the model, {@link dev.slate.core.fountain.FountainWriter} writes it back. The shot plan
 * and the cast are kept in the same file as notes, which other Fountain tools hide.
 */
package dev.slate.core.fountain;
