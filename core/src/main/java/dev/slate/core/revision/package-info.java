/**
 * Production revisions: the comparison of a screenplay's previous draft with its new one
 * ({@link dev.slate.core.revision.ScriptComparison}) and the industry's revision colours
 * ({@link dev.slate.core.revision.RevisionColor}).
 *
 * <p>Compared: the text of every script element, the element's kind, scene headings and scene
 * numbers. Ignored: notes, sections, synopses, page breaks, the boneyard (never read into the model)
 * and the shot plan (shot headings and shots).
 */
package dev.slate.core.revision;
