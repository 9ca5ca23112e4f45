/**
 * The cast as a production counts it: {@link dev.slate.core.cast.CastReport} (characters with their
 * scenes and how much they say) and {@link dev.slate.core.cast.CastNumbers} (the cast numbers that
 * breakdowns, schedules and shot lists print). Both the reports and the schedule build on it.
 */
package dev.slate.core.cast;
